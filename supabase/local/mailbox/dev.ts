// How `npm run dev` wires email: the mailbox as Resend (unless RESEND_API_KEY is set without
// RESEND_BASE_URL: then real Resend), Auth's Send Email hook pointed at send-auth-email, the
// mailbox's webhooks at resend-webhook, and process-outbox on an interval and on NOTIFY.
// Secrets are generated once into the local dir, like the JWT secret.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { parseEnv, unsetIfBlank } from "../parse-env";
import { loadMailboxConfig } from "./config";
import { buildEmailEnv } from "./email-env";
import { type Mailbox, startMailbox } from "./server";

export interface DevEmail {
  /** Variables to add to the stack env (values already in the environment win). */
  env: Record<string, string>;
  /** Lines for the start-up banner. */
  lines: string[];
  /** Call once the API listens: the mailbox then posts its events to resend-webhook. */
  connect(apiUrl: string): void;
  stop(): Promise<void>;
}

const optional = unsetIfBlank(z.string());

/** What the email wiring reads; every value already in the environment wins over its default. */
const schema = z.object({
  ATRIUM_LOCAL_DIR: z.string().min(1).default(".local"),
  SEND_EMAIL_HOOK_SECRET: optional,
  RESEND_WEBHOOK_SECRET: optional,
  PORTAL_URL: unsetIfBlank(z.url()),
  ADMIN_URL: unsetIfBlank(z.url()),
  RESEND_API_KEY: optional,
  RESEND_BASE_URL: unsetIfBlank(z.url()),
  EMAIL_FROM: optional,
  GOTRUE_SITE_URL: unsetIfBlank(z.url()),
  GOTRUE_URI_ALLOW_LIST: optional,
  GOTRUE_HOOK_SEND_EMAIL_URI: unsetIfBlank(z.url()),
  GOTRUE_HOOK_SEND_EMAIL_SECRETS: optional,
  FUNCTIONS_TRIGGER_FUNCTION: optional,
  FUNCTIONS_TRIGGER_INTERVAL_MS: optional,
  FUNCTIONS_TRIGGER_CHANNEL: optional,
  FUNCTIONS_NO_VERIFY_JWT: optional,
});

async function loadOrCreateSecret(dir: string, file: string): Promise<string> {
  const target = path.join(dir, file);
  const existing = await readFile(target, "utf8").then(
    (text) => text.trim(),
    () => "",
  );
  if (existing) {
    return existing;
  }
  const secret = randomBytes(32).toString("base64");
  await mkdir(dir, { recursive: true });
  await writeFile(target, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * @example const email = await startDevEmail(process.env, "http://127.0.0.1:54321", log);
 * @throws EnvError naming every invalid variable.
 */
export async function startDevEmail(
  environment: Record<string, string | undefined>,
  apiUrl: string,
  log: (line: string) => void,
): Promise<DevEmail> {
  const config = loadMailboxConfig(environment);
  const source = parseEnv("email", schema, environment);
  const localDir = source.ATRIUM_LOCAL_DIR;
  const hookSecret =
    source.SEND_EMAIL_HOOK_SECRET ??
    `v1,whsec_${await loadOrCreateSecret(localDir, "send-email-hook-secret")}`;
  const webhookSecret =
    source.RESEND_WEBHOOK_SECRET ??
    `whsec_${await loadOrCreateSecret(localDir, "resend-webhook-secret")}`;
  const portalUrl = source.PORTAL_URL ?? "http://localhost:5174";
  const adminUrl = source.ADMIN_URL ?? "http://localhost:5173";
  const realResend = Boolean(source.RESEND_API_KEY) && !source.RESEND_BASE_URL;

  let mailbox: Mailbox | undefined;
  if (!realResend && !source.RESEND_BASE_URL) {
    try {
      mailbox = await startMailbox({ port: config.port, dir: config.dir, log });
    } catch (error) {
      // Another checkout's mailbox may hold the default port; an explicit port must be free.
      if (config.isPortChosen || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") {
        throw error;
      }
      log(`mailbox: port ${config.port} is in use, using a free one`);
      mailbox = await startMailbox({ port: 0, dir: config.dir, log });
    }
  }
  const resendBaseUrl = source.RESEND_BASE_URL ?? mailbox?.url;

  const derived = buildEmailEnv({
    portalUrl,
    adminUrl,
    resendApiKey: source.RESEND_API_KEY ?? "re_local_mailbox",
    resendBaseUrl,
    emailFrom: source.EMAIL_FROM ?? "Atrium <hello@atrium.local>",
    hooks: { apiUrl, hookSecret, webhookSecret },
    // New mail goes out at once on NOTIFY; the interval only picks up retries (30 s apart at
    // first) and reminders, so it need not be short.
    outboxIntervalMs: 30_000,
  });
  const env = Object.fromEntries(
    Object.entries(derived).map(([name, value]) => [
      name,
      source[name as keyof typeof source] ?? value,
    ]),
  );
  const lines = [
    mailbox
      ? `  Mailbox                ${mailbox.url}   (local Resend; open it to read sent mail)`
      : `  Email                  ${resendBaseUrl ?? "https://api.resend.com"} (Resend)`,
  ];
  return {
    env,
    lines,
    connect(api) {
      mailbox?.setWebhook({ url: `${api}/functions/v1/resend-webhook`, secret: webhookSecret });
    },
    async stop() {
      mailbox?.setWebhook(undefined);
      await mailbox?.idle();
      await mailbox?.stop();
    },
  };
}
