// The env that wires a local stack's email, built in one place so `npm run dev` and the email
// tests set the same variables and differ only in the values they pass in.

export interface EmailEnvInput {
  /** Where the apps listen: email links and Auth's redirects point here. */
  portalUrl: string;
  adminUrl: string;
  resendApiKey: string;
  /** The mailbox (or another Resend-compatible API); unset sends through real Resend. */
  resendBaseUrl?: string;
  emailFrom: string;
  /** Auth's Send Email hook to send-auth-email, and the secrets both webhooks are signed with. */
  hooks?: { apiUrl: string; hookSecret: string; webhookSecret: string };
  /** Runs process-outbox on this interval and on the outbox's NOTIFY; unset, nothing runs it. */
  outboxIntervalMs?: number;
}

/**
 * @example startLocalStack({ ..., env: buildEmailEnv({ portalUrl, adminUrl, resendApiKey: "re_x", emailFrom }) });
 */
export function buildEmailEnv(input: EmailEnvInput): Record<string, string> {
  const { portalUrl, adminUrl, hooks } = input;
  return {
    RESEND_API_KEY: input.resendApiKey,
    ...(input.resendBaseUrl ? { RESEND_BASE_URL: input.resendBaseUrl } : {}),
    EMAIL_FROM: input.emailFrom,
    PORTAL_URL: portalUrl,
    ADMIN_URL: adminUrl,
    ...(hooks && {
      SEND_EMAIL_HOOK_SECRET: hooks.hookSecret,
      RESEND_WEBHOOK_SECRET: hooks.webhookSecret,
      GOTRUE_SITE_URL: portalUrl,
      GOTRUE_URI_ALLOW_LIST: `${portalUrl}/**,${adminUrl}/**`,
      GOTRUE_HOOK_SEND_EMAIL_URI: `${hooks.apiUrl}/functions/v1/send-auth-email`,
      GOTRUE_HOOK_SEND_EMAIL_SECRETS: hooks.hookSecret,
      // Auth's hook and Resend's webhooks sign their own calls, as deployed with --no-verify-jwt.
      FUNCTIONS_NO_VERIFY_JWT: "send-auth-email,resend-webhook",
    }),
    ...(input.outboxIntervalMs !== undefined && {
      FUNCTIONS_TRIGGER_FUNCTION: "process-outbox",
      FUNCTIONS_TRIGGER_INTERVAL_MS: String(input.outboxIntervalMs),
      FUNCTIONS_TRIGGER_CHANNEL: "atrium_outbox",
    }),
  };
}
