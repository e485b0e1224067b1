// The gateway's own answers, in hosted Supabase's shapes: the `verify_jwt` 401s and the relay
// errors (`x-relay-error: true`, which supabase-js turns into a FunctionsRelayError).
import type { Context } from "hono";

export type RelayErrorCode = "BOOT_ERROR" | "TIMEOUT" | "WORKER_LIMIT";

/** A failure of the gateway rather than of the function. */
export function relayError(
  c: Context,
  status: number,
  code: RelayErrorCode,
  message: string,
): Response {
  return c.json({ code, message }, status as 500, { "x-relay-error": "true" });
}

/** The gateway's JWT rejection: `{ code: 401, message }`. */
export function jwtRejected(c: Context, message: string): Response {
  return c.json({ code: 401, message }, 401);
}
