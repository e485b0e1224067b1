// The local stack wired for email as `npm run dev` wires it: the mailbox (temp dir) as Resend,
// Auth's Send Email hook pointed at send-auth-email, the mailbox's webhooks at resend-webhook,
// and process-outbox run by the trigger (interval + LISTEN) unless a test drives it itself.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { apiKeysFor } from "../../../../supabase/local/keys";
import { type Mailbox, startMailbox } from "../../../../supabase/local/mailbox/server";
import type { StoredMessage } from "../../../../supabase/local/mailbox/store";
import { type LocalStack, startLocalStack } from "../../../../supabase/local/stack";
import { createTestDatabase, type TestDatabase } from "../../../support/database";
import { freePort } from "../../../support/ports";
import { TEST_JWT_SECRET } from "../../../support/stack";
import { nodeClient } from "../../../support/supabase-client";
import { emailEnv, WEBHOOK_SECRET } from "./email-env";

export { ADMIN_URL, HOOK_SECRET, PORTAL_URL, WEBHOOK_SECRET } from "./email-env";

export interface EmailStack {
  stack: LocalStack;
  mailbox: Mailbox;
  db: TestDatabase;
  /** Owner connection to the test database, for set-up and assertions. */
  sql: postgres.Sql;
  anon(): SupabaseClient;
  service(): SupabaseClient;
  /** POSTs to a function with the service role key. */
  invoke(name: string, body?: unknown): Promise<Response>;
  /** Polls the mailbox until `match` finds messages, or fails after `timeoutMs`. */
  waitForMail(
    match: (message: StoredMessage) => boolean,
    options?: { count?: number; timeoutMs?: number },
  ): Promise<StoredMessage[]>;
  stop(): Promise<void>;
}

/** Polls `check` until it returns a value other than undefined. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @example const email = await startEmailStack({ template: "atrium_seeded" }); afterAll(() => email.stop());
 */
export async function startEmailStack(
  options: {
    template?: "atrium_template" | "atrium_seeded";
    env?: Record<string, string>;
    /** Run process-outbox on an interval and on NOTIFY (default true). */
    trigger?: boolean;
  } = {},
): Promise<EmailStack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atrium-mailbox-"));
  const mailbox = await startMailbox({ port: 0, dir });
  const db = await createTestDatabase(options.template);
  const keys = await apiKeysFor(TEST_JWT_SECRET);
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      port,
      keys,
      databaseUrl: db.ownerUrl,
      // EMAIL_TEST_LOG=1 shows the stack's and the functions' logs.
      log: process.env.EMAIL_TEST_LOG ? (line) => console.log(line) : undefined,
      env: {
        GOTRUE_PASSWORD_HASH_COST: "4",
        GOTRUE_SMTP_MAX_FREQUENCY: "0s",
        GOTRUE_RATE_LIMIT_EMAIL_SENT: "100000",
        GOTRUE_RATE_LIMIT_OTP: "100000",
        GOTRUE_RATE_LIMIT_VERIFY: "100000",
        ...emailEnv(mailbox.url, {
          apiUrl,
          outboxIntervalMs: options.trigger === false ? undefined : 1000,
        }),
        OUTBOX_RETRY_BASE_MS: "200",
        OUTBOX_RETRY_MAX_MS: "2000",
        OUTBOX_SEND_TIMEOUT_MS: "2000",
        ...options.env,
      },
    });
  } catch (error) {
    await mailbox.stop();
    await db.drop();
    throw error;
  }
  mailbox.setWebhook({ url: `${stack.url}/functions/v1/resend-webhook`, secret: WEBHOOK_SECRET });
  // Boot the hook target first: Auth gives the hook 5 s, and a loaded machine starts Deno slowly.
  await fetch(`${stack.url}/functions/v1/send-auth-email`, { method: "OPTIONS" });
  const sql = postgres(db.ownerUrl, { max: 2, onnotice: () => {} });
  const client = (key: string) => nodeClient(stack.url, key);
  return {
    stack,
    mailbox,
    db,
    sql,
    anon: () => client(keys.anonKey),
    service: () => client(keys.serviceRoleKey),
    invoke: (name, body = {}) =>
      fetch(`${stack.url}/functions/v1/${name}`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${keys.serviceRoleKey}`,
          apikey: keys.serviceRoleKey,
          "Content-Type": "application/json",
        },
        body: JSON.stringify(body),
      }),
    waitForMail: (match, { count = 1, timeoutMs = 20_000 } = {}) =>
      eventually(
        () => {
          const found = mailbox.messages().filter(match);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
        "mail",
      ),
    async stop() {
      mailbox.setWebhook(undefined);
      await mailbox.idle();
      await stack.stop();
      await sql.end();
      await mailbox.stop();
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface QueuedEmail {
  to: string;
  template?: string;
  locale?: string;
  data?: Record<string, unknown>;
  key: string;
}

/**
 * Inserts outbox rows directly, as the database's triggers would.
 * @example await queueEmails(email.sql, [{ to: "a@b.co", key: "test:1" }]);
 */
export async function queueEmails(sql: postgres.Sql, emails: QueuedEmail[]): Promise<void> {
  const rows = emails.map((item) => ({
    recipient_email: item.to,
    template_key: item.template ?? "request.approved",
    locale: item.locale ?? "en",
    data: item.data ?? { recipient_name: "Ada", company_name: "Analytical Engines" },
    idempotency_key: item.key,
  }));
  for (let start = 0; start < rows.length; start += 200) {
    await sql`insert into public.notifications ${sql(rows.slice(start, start + 200).map((row) => ({ ...row, data: sql.json(row.data as never) })))}`;
  }
}
