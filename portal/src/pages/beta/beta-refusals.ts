// The beta page's refusals in the reader's words. The database raises its invite-code refusals in
// English (private.redeem_beta_invite, drizzle/0013_advisors.sql), all under P0001, so they are
// told apart by their message; anything else (a dropped network, an unknown refusal) gets one
// plain sentence rather than a database's English.
import type { MessageKey } from "@supabase-client/i18n/messages";
import type { Translator } from "@supabase-client/i18n/provider";

/** The refusals redeem_beta_invite raises, by the words of its message. */
const inviteRefusals: readonly (readonly [RegExp, MessageKey])[] = [
  [/does not exist/i, "portal.beta.codeUnknown"],
  [/has expired/i, "portal.beta.codeExpired"],
  [/used up/i, "portal.beta.codeUsedUp"],
];

/**
 * @example explainRedeemError(t, { message: "This invite code does not exist" })
 *   // "Ce code d’invitation n’existe pas. …" in French
 */
export function explainRedeemError(t: Translator, error: { message: string }): string {
  const known = inviteRefusals.find(([pattern]) => pattern.test(error.message));
  return t(known ? known[1] : "portal.beta.redeemFailed");
}
