// The env the email functions read, as `npm run dev` sets it, for every stack that sends mail
// through a local mailbox: one list, so a new variable is added once.

export const PORTAL_URL = "http://portal.test";
export const ADMIN_URL = "http://admin.test";

/**
 * What send-auth-email and process-outbox need to send through the Resend API at `resendUrl`.
 * @example startLocalStack({ ..., env: { ...emailEnv(mailbox.url), OUTBOX_BATCH_SIZE: "5" } });
 */
export function emailEnv(resendUrl: string): Record<string, string> {
  return {
    RESEND_API_KEY: "re_test_local",
    RESEND_BASE_URL: resendUrl,
    EMAIL_FROM: "Atrium <hello@atrium.test>",
    PORTAL_URL,
    ADMIN_URL,
  };
}

/**
 * process-outbox run as `npm run dev` runs it: on an interval and on the outbox's NOTIFY.
 * @example env: { ...outboxTriggerEnv(500) }
 */
export function outboxTriggerEnv(intervalMs: number): Record<string, string> {
  return {
    FUNCTIONS_TRIGGER_FUNCTION: "process-outbox",
    FUNCTIONS_TRIGGER_INTERVAL_MS: String(intervalMs),
    FUNCTIONS_TRIGGER_CHANNEL: "atrium_outbox",
  };
}
