// The project's JWT secret and the anon / service_role API keys signed with it, as the
// Supabase CLI prints them. One secret signs and verifies everywhere in the local stack.
import { createHmac, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { SignJWT } from "jose";

export interface ApiKeys {
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  /** Hosted Supabase's opaque alias of the anon key (`sb_publishable_…`). */
  publishableKey: string;
  /** Hosted Supabase's opaque alias of the service role key (`sb_secret_…`). */
  secretKey: string;
}

/** Ten years, like the CLI's demo keys: API keys are long-lived role tokens, not sessions. */
const KEY_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;

/**
 * Signs an HS256 JWT with the project secret.
 * @example await signJwt(secret, { role: "authenticated", sub: userId }, 3600)
 */
export async function signJwt(
  secret: string,
  claims: Record<string, unknown>,
  expiresInSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}

/** Builds the anon and service_role keys for a secret. */
export async function apiKeysFor(jwtSecret: string): Promise<ApiKeys> {
  const claims = (role: string) => ({ iss: "supabase-demo", role });
  // Derived from the secret, so they stay stable across restarts like the JWT keys do.
  const opaque = (kind: string) =>
    `sb_${kind}_${createHmac("sha256", jwtSecret).update(kind).digest("base64url").slice(0, 32)}`;
  return {
    jwtSecret,
    anonKey: await signJwt(jwtSecret, claims("anon"), KEY_LIFETIME_SECONDS),
    serviceRoleKey: await signJwt(jwtSecret, claims("service_role"), KEY_LIFETIME_SECONDS),
    publishableKey: opaque("publishable"),
    secretKey: opaque("secret"),
  };
}

/**
 * Reads the secret from `<dir>/jwt-secret`, generating it on first use, unless one is given.
 * @example const keys = await loadOrCreateApiKeys(".local", process.env.JWT_SECRET);
 */
export async function loadOrCreateApiKeys(dir: string, fixedSecret?: string): Promise<ApiKeys> {
  if (fixedSecret) {
    return apiKeysFor(fixedSecret);
  }
  const file = path.join(dir, "jwt-secret");
  let secret = await readFile(file, "utf8").then(
    (text) => text.trim(),
    () => "",
  );
  if (secret.length < 32) {
    secret = randomBytes(32).toString("base64url");
    await mkdir(dir, { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
  }
  return apiKeysFor(secret);
}
