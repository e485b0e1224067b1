// Password hashing and rules: bcrypt in the `$2a$` form GoTrue's Go bcrypt writes, so hashes move
// between this service and hosted Supabase Auth in both directions.
import bcrypt from "bcryptjs";
import type { AuthConfig } from "./config";
import { unprocessable, weakPassword } from "./errors";

/** GoTrue's limit, bcrypt's input size. */
const MAX_PASSWORD_BYTES = 72;

/**
 * Hashes a password with bcrypt at the configured cost (GoTrue: always 10).
 * @example await hashPassword("secret1", 10) // "$2a$10$…"
 */
export async function hashPassword(password: string, cost: number): Promise<string> {
  // bcryptjs writes `$2b$`; the algorithm is the same for passwords under 255 bytes, and Go's
  // bcrypt (GoTrue) writes `$2a$`, so we ask for that minor version.
  const salt = (await bcrypt.genSalt(cost)).replace(/^\$2b\$/, () => "$2a$");
  return bcrypt.hash(password, salt);
}

/** Compares against a stored hash; an empty or non-bcrypt hash never matches. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash?.startsWith("$2")) {
    return false;
  }
  return bcrypt.compare(password, hash);
}

/**
 * Enforces GoTrue's password rules: minimum length and, when configured, one character from each
 * required set. Throws 422 `weak_password` with the reasons auth-js surfaces.
 * @example checkPasswordStrength("abc", config) // throws weak_password ["length"]
 */
export function checkPasswordStrength(
  password: string,
  config: Pick<AuthConfig, "passwordMinLength" | "passwordRequiredCharacters">,
): void {
  // bcrypt reads only the first 72 bytes; longer passwords would silently share a hash.
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw unprocessable(
      "validation_failed",
      `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    );
  }
  const reasons: string[] = [];
  const messages: string[] = [];
  if ([...password].length < config.passwordMinLength) {
    reasons.push("length");
    messages.push(`Password should be at least ${config.passwordMinLength} characters.`);
  }
  const missing = config.passwordRequiredCharacters.filter(
    (set) => ![...password].some((char) => set.includes(char)),
  );
  if (missing.length > 0) {
    reasons.push("characters");
    messages.push(
      `Password should contain at least one character of each: ${config.passwordRequiredCharacters
        .map((set) => `"${set}"`)
        .join(", ")}.`,
    );
  }
  if (reasons.length > 0) {
    throw weakPassword(messages.join(" "), reasons);
  }
}
