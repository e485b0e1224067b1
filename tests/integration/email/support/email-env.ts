// The email env of `npm run dev` (built by the same buildEmailEnv) with the tests' values, for
// every stack that sends mail through a local mailbox.
import { buildEmailEnv } from "../../../../supabase/local/mailbox/email-env";

export const PORTAL_URL = "http://portal.test";
export const ADMIN_URL = "http://admin.test";
export const HOOK_SECRET = `v1,whsec_${Buffer.from("send-email-hook-secret-for-tests").toString("base64")}`;
export const WEBHOOK_SECRET = `whsec_${Buffer.from("resend-webhook-secret-for-tests").toString("base64")}`;

/**
 * What the email functions need to send through the Resend API at `resendUrl`; with `apiUrl`,
 * Auth's hook and the webhooks too; with `outboxIntervalMs`, process-outbox run as dev runs it.
 * @example startLocalStack({ ..., env: { ...emailEnv(mailbox.url, { outboxIntervalMs: 500 }) } });
 */
export function emailEnv(
  resendUrl: string,
  options: { apiUrl?: string; outboxIntervalMs?: number } = {},
): Record<string, string> {
  return buildEmailEnv({
    portalUrl: PORTAL_URL,
    adminUrl: ADMIN_URL,
    resendApiKey: "re_test_local",
    resendBaseUrl: resendUrl,
    emailFrom: "Atrium <hello@atrium.test>",
    hooks: options.apiUrl
      ? { apiUrl: options.apiUrl, hookSecret: HOOK_SECRET, webhookSecret: WEBHOOK_SECRET }
      : undefined,
    outboxIntervalMs: options.outboxIntervalMs,
  });
}
