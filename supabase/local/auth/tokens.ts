// Access tokens: minted with GoTrue's claim set and order, and verified on the way in
// (supabase/auth `internal/tokens/service.go` AccessTokenClaims).
import { errors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { AuthConfig } from "./config";
import { forbidden } from "./errors";
import type { UserRow } from "./users";

export interface AmrEntry {
  method: string;
  timestamp: number;
}

/** Methods that prove a second factor; a session holding one is `aal2` (GT `AMRClaim.IsAAL2Claim`). */
const AAL2_METHODS = new Set(["totp", "mfa/phone", "mfa/webauthn"]);

/**
 * The assurance level a session's methods reach, as GoTrue's CalculateAALAndAMR decides it.
 * @example assuranceLevel([{ method: "password", timestamp: 1 }]) // "aal1"
 */
export function assuranceLevel(amr: readonly AmrEntry[]): "aal1" | "aal2" {
  return amr.some((entry) => AAL2_METHODS.has(entry.method)) ? "aal2" : "aal1";
}

/** What Auth reads back out of a bearer token. */
export interface AccessClaims extends JWTPayload {
  role?: string;
  email?: string;
  session_id?: string;
  is_anonymous?: boolean;
}

/**
 * Signs an HS256 access token for a user's session.
 * @example const { token, expiresAt } = await signAccessToken(config, user, sessionId, amr);
 */
export async function signAccessToken(
  config: Pick<AuthConfig, "jwtSecret" | "jwtExp" | "externalUrl">,
  user: UserRow,
  sessionId: string,
  amr: AmrEntry[],
): Promise<{ token: string; expiresAt: number }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + config.jwtExp;
  // Claim order follows GoTrue's struct so decoded tokens read the same side by side.
  const claims = {
    iss: config.externalUrl,
    sub: user.id,
    aud: user.aud ?? "",
    exp: expiresAt,
    iat: issuedAt,
    email: user.email ?? "",
    phone: user.phone ?? "",
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? "",
    aal: assuranceLevel(amr),
    amr,
    session_id: sessionId,
    is_anonymous: user.is_anonymous,
  };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(config.jwtSecret));
  return { token, expiresAt };
}

/**
 * Verifies a bearer token with the project secret; 403 `bad_jwt` as GoTrue words it otherwise.
 * @example const claims = await verifyAccessToken(config, bearer);
 */
export async function verifyAccessToken(
  config: Pick<AuthConfig, "jwtSecret">,
  token: string,
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify<AccessClaims>(
      token,
      new TextEncoder().encode(config.jwtSecret),
      { algorithms: ["HS256"] },
    );
    return payload;
  } catch (error) {
    const reason =
      error instanceof errors.JWTExpired
        ? "token has invalid claims: token is expired"
        : error instanceof errors.JOSEError
          ? "signature is invalid"
          : "token is malformed";
    throw forbidden("bad_jwt", `invalid JWT: unable to parse or verify signature, ${reason}`);
  }
}
