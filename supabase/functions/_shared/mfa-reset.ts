// The caller's side of reset-mfa: a supabase-js client that carries the caller's own JWT (so
// Postgres applies their role and RLS), and the answer for each refusal check_mfa_reset names.
import { createClient, type SupabaseClient } from "npm:@supabase/supabase-js@2.119";
import { HttpError } from "./http.ts";

/**
 * A client acting as the person whose token it forwards.
 * @example await callerClient(url, anonKey, token).rpc("check_mfa_reset", { target_id })
 */
export function callerClient(url: string, anonKey: string, token: string): SupabaseClient {
  return createClient(url, anonKey, {
    global: { headers: { Authorization: `Bearer ${token}` } },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

const refusals: Record<string, [status: number, message: string, hint: string | null]> = {
  not_admin: [403, "Only an admin can reset someone's two-step sign-in", null],
  aal2_required: [
    403,
    "Confirm your own sign-in with your authenticator code first",
    "Resetting someone's two-step sign-in needs a session at aal2.",
  ],
  cannot_reset_self: [
    422,
    "You cannot reset your own two-step sign-in",
    "Remove your authenticator apps on your Security page instead.",
  ],
  user_not_found: [404, "No such person", null],
  not_staff: [
    422,
    "Only a staff member's two-step sign-in can be reset here",
    "Clients manage their authenticator apps on the portal's profile page.",
  ],
};

/**
 * The failure for a refusal code of `check_mfa_reset`.
 * @example throw refusalFor("not_admin"); // 403 { code: "not_admin", … }
 */
export function refusalFor(code: string): HttpError {
  const [status, message, hint] = refusals[code] ?? [403, "This reset is not allowed", null];
  return new HttpError(status, code, message, null, hint);
}
