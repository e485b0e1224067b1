// "None lost, none twice": 500 emails drain through a mailbox that fails a fifth of the calls
// (plus 429s, answers too slow for the client and cut connections) while process-outbox runs
// twice at once and its Deno process is killed at random points at least 20 times.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmailStack, queueEmails, startEmailStack } from "./support/email-stack";

const EMAILS = 500;
const MIN_KILLS = 20;
/** The run fails once neither the mailbox nor the outbox has moved for this long. */
const STALL_MS = 60_000;

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack({
    trigger: false,
    env: {
      OUTBOX_BATCH_SIZE: "25",
      OUTBOX_LEASE_SECONDS: "5",
      OUTBOX_MAX_ATTEMPTS: "20",
      OUTBOX_RETRY_BASE_MS: "1000",
      OUTBOX_RETRY_MAX_MS: "8000",
      OUTBOX_SEND_TIMEOUT_MS: "1000",
      OUTBOX_BUDGET_MS: "4000",
    },
  });
}, 120_000);
afterAll(() => email?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("outbox under faults", () => {
  it("delivers every email exactly once despite 500s, 429s, timeouts, drops and kills", async () => {
    await queueEmails(
      email.sql,
      Array.from({ length: EMAILS }, (_, index) => ({
        to: `person${index}@example.com`,
        key: `fault:${index}`,
        data: { recipient_name: `Person ${index}`, company_name: "Fault Lines" },
      })),
    );
    email.mailbox.setFaults({
      errorRate: 0.2,
      rateLimitRate: 0.05,
      retryAfterSeconds: 1,
      slowRate: 0.03,
      slowMs: 1500,
      dropRate: 0.02,
    });

    const pending = async () => {
      const [row] = await email.sql<{ left: number }[]>`
        select count(*)::int as left from public.notifications where status in ('queued', 'sending')`;
      return row?.left ?? 0;
    };
    let done = false;
    let kills = 0;
    const statuses: number[] = [];
    let finished = 0;
    const stored = () => email.mailbox.messages().length;
    // Two schedulers call process-outbox at once, like overlapping cron runs.
    const worker = async () => {
      while (!done) {
        const response = await email.invoke("process-outbox").catch(() => undefined);
        statuses.push(response?.status ?? 0);
        finished += response?.status === 200 ? 1 : 0;
        await response?.body?.cancel();
        await sleep(50);
      }
    };
    // Each kill waits for the outbox to have moved since the last (one more email stored, or a
    // run finished): on a fixed cadence alone, a loaded machine's Deno boot outlasted it and no
    // run ever finished. The point within a run stays random.
    const killer = async () => {
      while (!done) {
        const [storedBefore, finishedBefore] = [stored(), finished];
        while (!done && stored() === storedBefore && finished === finishedBefore) {
          await sleep(50);
        }
        await sleep(200 + Math.random() * 600);
        if (done) {
          break;
        }
        const response = await fetch(`${email.stack.url}/functions/v1/_workers/process-outbox`, {
          method: "DELETE",
          headers: { Authorization: `Bearer ${email.stack.keys.serviceRoleKey}` },
        });
        const { killed } = (await response.json()) as { killed: number | null };
        if (killed !== null) {
          kills += 1;
        }
      }
    };
    // No fixed deadline (a loaded machine drains slower): it ends when all is sent, or when
    // nothing has moved for STALL_MS, and the checks below then say what was left.
    const watcher = async () => {
      let seen = "";
      let movedAt = Date.now();
      while (Date.now() - movedAt < STALL_MS) {
        const left = await pending();
        if (kills >= MIN_KILLS && left === 0) {
          break;
        }
        const now = `${left}/${email.mailbox.requests().length}/${kills}`;
        if (now !== seen) {
          seen = now;
          movedAt = Date.now();
        }
        await sleep(250);
      }
      done = true;
    };
    await Promise.all([worker(), worker(), killer(), watcher()]);

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    // Killed runs answer 546 from the runner; finished ones 200.
    expect(statuses).toContain(200);
    expect(statuses.some((status) => status === 546 || status === 503)).toBe(true);

    const rows = await email.sql<
      { idempotency_key: string; status: string; attempts: number; provider_message_id: string }[]
    >`select idempotency_key, status, attempts, provider_message_id from public.notifications`;
    expect(rows).toHaveLength(EMAILS);
    expect(rows.filter((row) => row.status !== "sent")).toEqual([]);

    // Exactly once, counted by idempotency key in the mailbox.
    const messages = email.mailbox.messages();
    const perKey = new Map<string, string[]>();
    for (const message of messages) {
      perKey.set(message.idempotency_key ?? "", [
        ...(perKey.get(message.idempotency_key ?? "") ?? []),
        message.id,
      ]);
    }
    expect(perKey.size).toBe(EMAILS);
    expect([...perKey.values()].filter((ids) => ids.length !== 1)).toEqual([]);
    for (const row of rows) {
      expect(perKey.get(row.idempotency_key)).toEqual([row.provider_message_id]);
    }

    // The faults happened and were retried: more calls than emails, replays of stored answers.
    const calls = email.mailbox.requests();
    expect(calls.length).toBeGreaterThan(EMAILS * 1.2);
    expect(calls.filter((call) => call.status === 500).length).toBeGreaterThan(EMAILS * 0.1);
    expect(calls.filter((call) => call.status === 429).length).toBeGreaterThan(0);
    expect(
      calls.filter((call) => call.fault === "slow" || call.fault === "drop").length,
    ).toBeGreaterThan(0);
    // Answers lost after the mailbox stored the email were retried and replayed, not re-sent.
    expect(
      calls.filter((call) => call.status === 200 && call.created.length === 0).length,
    ).toBeGreaterThan(0);
    expect(rows.filter((row) => row.attempts > 1).length).toBeGreaterThan(EMAILS * 0.1);

    // Delays grow: after a key's k-th 500 the next call waits at least the backoff floor for k
    // (half of 1 s·2^(k-1), capped at 8 s): 0.5 s, 1 s, 2 s, 4 s. Kills only lengthen waits.
    const byKey = new Map<string, { at: number; status: number }[]>();
    for (const call of calls) {
      const key = call.idempotencyKey ?? "";
      byKey.set(key, [...(byKey.get(key) ?? []), call]);
    }
    const waits: { k: number; waited: number; floor: number }[] = [];
    for (const list of byKey.values()) {
      let k = 0;
      for (const [index, call] of list.entries()) {
        const next = list[index + 1];
        if (call.status !== 500 || !next) {
          continue;
        }
        k += 1;
        waits.push({
          k,
          waited: next.at - call.at,
          floor: Math.min(8000, 1000 * 2 ** (k - 1)) / 2,
        });
      }
    }
    expect(waits.filter((wait) => wait.k >= 2).length).toBeGreaterThan(0);
    expect(waits.filter((wait) => wait.waited < wait.floor - 20)).toEqual([]);
  }, 600_000);
});
