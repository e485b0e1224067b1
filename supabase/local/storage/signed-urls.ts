// Signed URL tokens, as storage-api makes them: an HS256 JWT with the project secret whose `url`
// claim is `<bucket>/<key>`; upload tokens also carry the owner and the upsert choice.
import { errors as joseErrors, jwtVerify } from "jose";
import { signJwt } from "../keys";
import { invalidJwt, invalidSignature } from "./errors";

export interface UploadGrant {
  owner: string | null;
  upsert: boolean;
}

/**
 * @example const token = await signObjectUrl(secret, "docs/a.pdf", 60);
 */
export function signObjectUrl(secret: string, url: string, expiresIn: number): Promise<string> {
  return signJwt(secret, { url }, expiresIn);
}

export function signUploadUrl(
  secret: string,
  url: string,
  grant: UploadGrant,
  expiresIn: number,
): Promise<string> {
  return signJwt(secret, { url, owner: grant.owner ?? undefined, upsert: grant.upsert }, expiresIn);
}

/**
 * Checks a token against the object it is used for. An expired or forged token answers as
 * storage-api does: 400 InvalidJWT with the verifier's reason (`"exp" claim timestamp check
 * failed`); a token for another object answers InvalidSignature.
 */
export async function verifyUrlToken(
  secret: string,
  token: string | undefined,
  url: string,
): Promise<Record<string, unknown>> {
  if (!token) {
    throw invalidJwt("Missing token");
  }
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) {
      throw invalidJwt(error.message);
    }
    throw invalidJwt("Invalid JWT");
  }
  if (payload.url !== url) {
    throw invalidSignature();
  }
  return payload;
}

export function uploadGrantOf(payload: Record<string, unknown>): UploadGrant {
  return {
    owner: typeof payload.owner === "string" ? payload.owner : null,
    upsert: payload.upsert === true,
  };
}
