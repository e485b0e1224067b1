// MFA test helpers: a confirmed account signed in through auth-js, TOTP codes computed from a
// factor's secret with otplib (as an authenticator app would), and a session's decoded claims.
import type { SupabaseClient } from "@supabase/supabase-js";
import { decodeJwt } from "jose";
import { generate } from "otplib";
import { expect } from "vitest";
import { type AuthTestStack, uniqueEmail } from "./auth-stack";

export const PASSWORD = "correct horse";

export interface SignedIn {
  client: SupabaseClient;
  userId: string;
  email: string;
}

/** A confirmed account made through the admin API; `email` reuses an existing one. */
export async function createAccount(auth: AuthTestStack, label = "mfa"): Promise<string> {
  const email = uniqueEmail(label);
  const { error } = await auth
    .admin()
    .auth.admin.createUser({ email, password: PASSWORD, email_confirm: true });
  expect(error).toBeNull();
  return email;
}

/** A fresh auth-js client signed in with the password (a new session, at aal1). */
export async function signIn(auth: AuthTestStack, email: string): Promise<SignedIn> {
  const client = auth.client();
  const { data, error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  expect(error).toBeNull();
  return { client, userId: data.user?.id ?? "", email };
}

/** The code an authenticator shows `steps` periods from now (0 = the current one). */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** The claims of the client's current access token. */
export async function claimsOf(client: SupabaseClient): Promise<Record<string, unknown>> {
  const { data } = await client.auth.getSession();
  return decodeJwt(data.session?.access_token ?? "");
}

/** Enrolls a TOTP factor for the signed-in client; returns its id and secret. */
export async function enrollTotp(
  client: SupabaseClient,
  friendlyName?: string,
): Promise<{ id: string; secret: string }> {
  const { data, error } = await client.auth.mfa.enroll({ factorType: "totp", friendlyName });
  expect(error).toBeNull();
  return { id: data?.id ?? "", secret: data?.totp.secret ?? "" };
}

/** Enrolls and verifies a factor, leaving the client's session at aal2. */
export async function enrollAndVerify(
  client: SupabaseClient,
  friendlyName?: string,
): Promise<{ id: string; secret: string }> {
  const factor = await enrollTotp(client, friendlyName);
  const { error } = await client.auth.mfa.challengeAndVerify({
    factorId: factor.id,
    code: await totpCode(factor.secret),
  });
  expect(error).toBeNull();
  return factor;
}
