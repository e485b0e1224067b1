// What the Send Email hook turns into outbox rows: Auth's payload (docs
// `guides/auth/auth-hooks/send-email-hook`) mapped to a template, recipients, and a link to the
// portal's confirm page. The page verifies only on a click (POST verifyOtp), so mail scanners
// that fetch every link cannot spend the one-time token.
import { emailActionTypes } from "../../../db/email/auth-actions.ts";
import { portalUrl } from "../../../db/routes/portal.ts";
import type { NewNotification } from "../../../db/schema/email.ts";
import { z } from "./env.ts";

export const hookPayloadSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string().optional(),
    new_email: z.string().optional(),
    user_metadata: z.record(z.string(), z.unknown()).optional(),
  }),
  email_data: z.object({
    token: z.string(),
    token_hash: z.string(),
    redirect_to: z.string(),
    email_action_type: z.enum(emailActionTypes),
    site_url: z.string(),
    token_new: z.string().optional().default(""),
    token_hash_new: z.string().optional().default(""),
  }),
});

export type HookPayload = z.infer<typeof hookPayloadSchema>;
type ActionType = HookPayload["email_data"]["email_action_type"];

/**
 * Template per action; `email` (an OTP sign-in) reads like a magic link. `reauthentication`
 * carries only a code to type (auth-js `reauthenticate()`, then `updateUser({ password, nonce })`).
 */
const templateFor: Partial<Record<ActionType, string>> = {
  signup: "auth.signup",
  invite: "auth.invite",
  magiclink: "auth.magiclink",
  email: "auth.magiclink",
  recovery: "auth.recovery",
  email_change: "auth.email_change",
  reauthentication: "auth.reauthentication",
};

/**
 * The portal page that verifies on a click.
 * @example confirmUrl("https://portal.example", "abc", "signup", "https://portal.example/welcome")
 *   // "https://portal.example/auth/confirm?token_hash=abc&type=signup&redirect_to=https%3A%2F%2F…"
 */
export function confirmUrl(origin: string, tokenHash: string, type: string, redirectTo: string) {
  const query: Record<string, string> = { token_hash: tokenHash, type };
  if (redirectTo) {
    query.redirect_to = redirectTo;
  }
  return portalUrl(origin, "confirm", {}, query);
}

/**
 * The outbox rows for one hook call. The idempotency key derives from the token hash, so Auth
 * retrying the hook (or the hook running twice) queues one email, not two.
 * @returns null when the action has no template.
 */
export function authEmailRows(payload: HookPayload, portalUrl: string): NewNotification[] | null {
  const { user, email_data: data } = payload;
  const template = templateFor[data.email_action_type];
  if (!template) {
    return null;
  }
  const rawLocale = user.user_metadata?.locale;
  const locale = typeof rawLocale === "string" && /^[a-z]{2}$/.test(rawLocale) ? rawLocale : "en";
  const row = (to: string, token: string, tokenHash: string): NewNotification => ({
    recipient_email: to,
    // Auth calls the hook inside its own transaction: the profile row is not visible yet.
    recipient_profile_id: null,
    template_key: template,
    locale,
    data: {
      email: to,
      token,
      // A reauthentication code verifies nothing by itself: it has no page to land on.
      ...(data.email_action_type === "reauthentication"
        ? {}
        : {
            confirm_url: confirmUrl(
              portalUrl || data.site_url,
              tokenHash,
              data.email_action_type,
              data.redirect_to,
            ),
          }),
    },
    idempotency_key: `auth.${data.email_action_type}:${tokenHash}`,
  });
  if (data.email_action_type === "email_change") {
    // GoTrue's naming: token/token_hash belong to the new address, *_new to the current one.
    const rows = [row(user.new_email ?? user.email ?? "", data.token, data.token_hash)];
    if (data.token_hash_new && user.email) {
      rows.push(row(user.email, data.token_new, data.token_hash_new));
    }
    return rows.filter((item) => item.recipient_email !== "");
  }
  return user.email ? [row(user.email, data.token, data.token_hash)] : [];
}
