// The mailbox's settings, parsed once from the environment with every bad name reported together.
import { z } from "zod";
import { envProblem, parseEnv } from "../parse-env";

const schema = z.object({
  /** Port of the Resend-compatible API and the pages (Supabase's Inbucket port). */
  ATRIUM_MAILBOX_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** Where messages are stored; defaults to `<ATRIUM_LOCAL_DIR>/mailbox`. */
  ATRIUM_MAILBOX_DIR: z.string().min(1).optional(),
  ATRIUM_LOCAL_DIR: z.string().min(1).default(".local"),
  /** Where delivery webhooks go (the resend-webhook function); unset → none are sent. */
  MAILBOX_WEBHOOK_URL: z.url().optional(),
  /** Signing secret for those webhooks, `whsec_<base64>` like Resend's. */
  MAILBOX_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, "must look like whsec_<base64>")
    .optional(),
});

export interface MailboxConfig {
  port: number;
  /** Set explicitly: it must be free; the default may give way to a free port. */
  isPortChosen: boolean;
  dir: string;
  webhook: { url: string; secret: string } | undefined;
}

/**
 * @example const config = loadMailboxConfig(process.env); config.port // 54324
 * @throws EnvError naming every invalid variable.
 */
export function loadMailboxConfig(env: Record<string, string | undefined>): MailboxConfig {
  const data = parseEnv("mailbox", schema, env);
  if (data.MAILBOX_WEBHOOK_URL && !data.MAILBOX_WEBHOOK_SECRET) {
    throw envProblem("mailbox", "MAILBOX_WEBHOOK_SECRET", "required with MAILBOX_WEBHOOK_URL");
  }
  return {
    port: data.ATRIUM_MAILBOX_PORT ?? 54324,
    isPortChosen: data.ATRIUM_MAILBOX_PORT !== undefined,
    dir: data.ATRIUM_MAILBOX_DIR ?? `${data.ATRIUM_LOCAL_DIR}/mailbox`,
    webhook:
      data.MAILBOX_WEBHOOK_URL && data.MAILBOX_WEBHOOK_SECRET
        ? { url: data.MAILBOX_WEBHOOK_URL, secret: data.MAILBOX_WEBHOOK_SECRET }
        : undefined,
  };
}
