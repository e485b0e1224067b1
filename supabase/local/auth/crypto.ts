// Secrets Auth hands out: email OTPs and their stored hashes, refresh tokens, PKCE checks
// (supabase/auth `internal/crypto/crypto.go`).
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Prefix GoTrue puts on stored token hashes issued under the PKCE flow. */
export const PKCE_PREFIX = "pkce_";

/** A numeric one-time code of `length` digits, leading zeros kept. */
export function generateOtp(length: number): string {
  let otp = "";
  for (let i = 0; i < length; i++) {
    otp += String(randomInt(10));
  }
  return otp;
}

/**
 * The hash GoTrue stores and mails as `token_hash`: hex(sha224(email + otp)).
 * @example tokenHash("a@b.co", "123456") // 56 hex characters
 */
export function tokenHash(email: string, otp: string): string {
  return createHash("sha224")
    .update(email + otp)
    .digest("hex");
}

/** An opaque refresh token (GoTrue uses 12 random URL-safe characters; we use 16 bytes). */
export function randomToken(): string {
  return randomBytes(16).toString("base64url");
}

/** Base64url SHA-256, as RFC 7636 S256 code challenges are computed. */
export function s256Challenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/** Constant-time string comparison, for secrets that arrive from the client. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
