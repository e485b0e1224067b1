// Verifies the JWTs Realtime receives (the socket's apikey, a join's or an `access_token`
// push's token) and words failures as hosted Realtime does, so realtime-js surfaces the same
// reasons (supabase/realtime `realtime_channel.ex` join errors).
import { errors as joseErrors, jwtVerify } from "jose";

export type Claims = Record<string, unknown> & { role: string; exp: number };

export type Verified = { ok: true; claims: Claims } | { ok: false; code: string; message: string };

/**
 * Checks signature, `role` and `exp` (Realtime requires both and allows no clock leeway).
 * @example const result = await verifyToken(secret, token); if (!result.ok) reason(result)
 */
export async function verifyToken(secret: string, token: string): Promise<Verified> {
  if (token.split(".").length !== 3) {
    return { ok: false, code: "MalformedJWT", message: "The token provided is not a valid JWT" };
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired && typeof error.payload.exp === "number") {
      return {
        ok: false,
        code: "InvalidJWTToken",
        message: expiredMessage({ exp: error.payload.exp }),
      };
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      return { ok: false, code: "InvalidJWTToken", message: `JWT claim ${error.claim} is invalid` };
    }
    return { ok: false, code: "JwtSignatureError", message: "Failed to validate JWT signature" };
  }
  const { role, exp } = payload;
  if (typeof role !== "string" || typeof exp !== "number") {
    return {
      ok: false,
      code: "InvalidJWTToken",
      message: "Fields `role` and `exp` are required in JWT",
    };
  }
  const left = secondsLeft({ exp });
  if (left <= 0) {
    return { ok: false, code: "InvalidJWTToken", message: expiredMessage({ exp }) };
  }
  return { ok: true, claims: { ...payload, role, exp } };
}

export function secondsLeft(claims: { exp: number }): number {
  return claims.exp - Math.floor(Date.now() / 1000);
}

export function expiredMessage(claims: { exp: number }): string {
  return `Token has expired ${Math.abs(secondsLeft(claims))} seconds ago`;
}

/** The reason string of a refused join: `<Code>: <message>`, as realtime-js shows it. */
export function reason(failure: { code: string; message: string }): string {
  return `${failure.code}: ${failure.message}`;
}
