// The gateway's `verify_jwt` check hosted Supabase runs before a function: the bearer must be a
// JWT signed with the project secret (any role, the anon key included) and not expired.
import { jwtVerify } from "jose";

/**
 * @returns null when the header passes, else the gateway's 401 message.
 * @example await checkJwt(request.headers.get("authorization"), secret) // null
 */
export async function checkJwt(header: string | undefined, secret: string): Promise<string | null> {
  if (!header) {
    return "Missing authorization header";
  }
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) {
    return "Invalid JWT";
  }
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"] });
    return null;
  } catch {
    return "Invalid JWT";
  }
}
