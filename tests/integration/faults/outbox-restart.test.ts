// Postgres stopped and started again while the outbox worker delivers to the local mailbox:
// every email arrives exactly once (one message per recipient, every row `sent`), and the stack
// serves REST again within seconds of Postgres's return, without being restarted.
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeysFor } from "../../../supabase/local/keys";
import { type Mailbox, startMailbox } from "../../../supabase/local/mailbox/server";
import { type LocalStack, startLocalStack } from "../../../supabase/local/stack";
import { freePort } from "../../support/ports";
import { TEST_JWT_SECRET } from "../../support/stack";
import { emailEnv } from "../email/support/email-env";
import { eventually, queueEmails } from "../email/support/email-stack";
import { type RestartableDatabase, startRestartableDatabase } from "./restartable-database";

const EMAILS = 150;

let db: RestartableDatabase;
let mailbox: Mailbox;
let stack: LocalStack;

beforeAll(async () => {
  db = await startRestartableDatabase("atrium-fault-outbox-");
  const { dir, ownerUrl } = db;
  mailbox = await startMailbox({ port: 0, dir: path.join(dir, "mailbox") });
  const port = await freePort();
  stack = await startLocalStack({
    port,
    keys: await apiKeysFor(TEST_JWT_SECRET),
    databaseUrl: ownerUrl,
    log: process.env.FAULT_TEST_LOG ? (line) => console.log(line) : undefined,
    env: {
      STORAGE_DIR: path.join(dir, "storage"),
      ...emailEnv(mailbox.url, { outboxIntervalMs: 500 }),
      PGRST_DB_POOL_ACQUISITION_TIMEOUT: "4",
      // Small batches and short leases: a batch cut off by the outage is claimed again soon.
      OUTBOX_BATCH_SIZE: "5",
      OUTBOX_LEASE_SECONDS: "5",
      OUTBOX_MAX_ATTEMPTS: "50",
      OUTBOX_RETRY_BASE_MS: "200",
      OUTBOX_RETRY_MAX_MS: "1000",
      OUTBOX_SEND_TIMEOUT_MS: "2000",
      OUTBOX_BUDGET_MS: "3000",
    },
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  await db?.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts of outbox rows by status, on a fresh connection (the old ones die with Postgres). */
async function statuses(): Promise<Record<string, number>> {
  const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const rows = await sql<{ status: string; count: number }[]>`
      select status::text, count(*)::int as count from public.notifications group by status`;
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe("the outbox across a Postgres restart", () => {
  it("delivers every email exactly once and serves REST again within seconds", async () => {
    // Slow answers stretch the delivery so that the outage lands in the middle of it.
    mailbox.setFaults({ slowRate: 0.5, slowMs: 150 });
    const sql = postgres(db.ownerUrl, { max: 1, onnotice: () => {} });
    try {
      await queueEmails(
        sql,
        Array.from({ length: EMAILS }, (_, index) => ({
          to: `restart${index}@example.com`,
          key: `restart:${index}`,
          data: { recipient_name: `Person ${index}`, company_name: "Restart Ltd" },
        })),
      );
    } finally {
      await sql.end();
    }
    await eventually(
      () => (mailbox.messages().length >= EMAILS / 5 ? true : undefined),
      30_000,
      "the first fifth of the emails",
    );
    await db.stopPostgres();
    const deliveredBeforeStop = mailbox.messages().length;
    expect(deliveredBeforeStop).toBeLessThan(EMAILS);
    await sleep(3000);
    await db.startPostgres();
    const backAt = Date.now();

    // REST answers 200 again within seconds, without a restart of the stack.
    const restBackMs = await eventually(
      async () => {
        const response = await fetch(`${stack.url}/rest/v1/notifications?select=id&limit=1`, {
          headers: {
            apikey: stack.keys.serviceRoleKey,
            Authorization: `Bearer ${stack.keys.serviceRoleKey}`,
          },
          signal: AbortSignal.timeout(5000),
        }).catch(() => undefined);
        await response?.body?.cancel();
        return response?.status === 200 ? Date.now() - backAt : undefined;
      },
      15_000,
      "REST to answer 200",
    );
    expect(restBackMs).toBeLessThan(10_000);

    // Every row ends `sent`, with nothing left queued, sending or failed.
    const final = await eventually(
      async () => {
        const counts = await statuses().catch(() => undefined);
        return counts && counts.sent === EMAILS ? counts : undefined;
      },
      90_000,
      "every outbox row to be sent",
    );
    expect(final).toEqual({ sent: EMAILS });
    await mailbox.idle();
    // Exactly one message per recipient: none lost, none twice.
    const perRecipient = new Map<string, number>();
    for (const message of mailbox.messages()) {
      for (const to of message.to) {
        perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      }
    }
    expect(perRecipient.size).toBe(EMAILS);
    expect([...perRecipient.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    expect(mailbox.messages()).toHaveLength(EMAILS);
  }, 180_000);
});
