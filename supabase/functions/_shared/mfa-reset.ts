// The answer for each refusal check_mfa_reset names (it runs as the caller, under RLS).
import { adminAtAal2Refusals, refusalsOf } from "./caller.ts";

/**
 * The failure for a refusal code of `check_mfa_reset`.
 * @example throw refusalFor("not_admin"); // 403 { code: "not_admin", … }
 */
export const refusalFor = refusalsOf(
  {
    ...adminAtAal2Refusals(
      "reset someone's two-step sign-in",
      "Resetting someone's two-step sign-in",
    ),
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
  },
  "This reset is not allowed",
);
