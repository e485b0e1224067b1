// process-outbox against the mailbox: language choice with fallback, permanent 4xx failures,
// and retries whose delays grow until the attempts run out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type EmailStack, eventually, queueEmails, startEmailStack } from "./support/email-stack";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack({
    trigger: false,
    env: { OUTBOX_MAX_ATTEMPTS: "5", OUTBOX_RETRY_BASE_MS: "300", OUTBOX_RETRY_MAX_MS: "5000" },
  });
}, 60_000);
afterAll(() => email?.stop());
beforeEach(() =>
  email.mailbox.setFaults({ errorRate: 0, rateLimitRate: 0, slowRate: 0, dropRate: 0 }),
);

interface Row {
  status: string;
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
}

const rowFor = async (key: string) => {
  const [row] = await email.sql<Row[]>`
    select status, attempts, last_error, provider_message_id from public.notifications
    where idempotency_key = ${key}`;
  return row;
};

/** Runs process-outbox until the row leaves the queue for good. */
async function drainUntilSettled(key: string): Promise<Row> {
  return eventually(
    async () => {
      const response = await email.invoke("process-outbox");
      expect(response.status).toBe(200);
      const row = await rowFor(key);
      return row && (row.status === "sent" || row.status === "failed") ? row : undefined;
    },
    30_000,
    `row ${key} settled`,
  );
}

describe("process-outbox", () => {
  it("drains only for the service role, answering others in the four-field error shape", async () => {
    const response = await fetch(`${email.stack.url}/functions/v1/process-outbox`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${email.stack.keys.anonKey}`,
        apikey: email.stack.keys.anonKey,
      },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({
      code: "not_service_role",
      message: "Only the service role may drain the outbox",
      details: null,
      hint: null,
    });
  });

  it("answers CORS preflights itself, as hosted functions must", async () => {
    const response = await fetch(`${email.stack.url}/functions/v1/process-outbox`, {
      method: "OPTIONS",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-headers")).toContain("apikey");
    expect(await response.text()).toBe("ok");
  });

  it("renders the recipient's language and falls back to en for a missing one", async () => {
    await queueEmails(email.sql, [
      { to: "fr@example.com", locale: "fr", key: "lang:fr" },
      { to: "de@example.com", locale: "de", key: "lang:de" },
    ]);
    const response = await email.invoke("process-outbox");
    expect(await response.json()).toMatchObject({ claimed: 2, sent: 2, failed: 0 });
    const byKey = new Map(
      email.mailbox.messages().map((message) => [message.idempotency_key, message]),
    );
    expect(byKey.get("lang:fr")?.subject).toBe("Bienvenue sur Atrium, Ada");
    expect(byKey.get("lang:fr")?.text).toContain("Bonjour Ada");
    expect(byKey.get("lang:de")?.text).toContain("Hello Ada");
    expect(byKey.get("lang:fr")?.text).toContain("http://portal.test");
    expect((await rowFor("lang:fr"))?.provider_message_id).toBe(byKey.get("lang:fr")?.id);
  });

  it("escapes HTML in the row's values in the HTML part only", async () => {
    await queueEmails(email.sql, [
      {
        to: "xss@example.com",
        key: "escape:1",
        data: { recipient_name: '<img src=x onerror="alert(1)">', company_name: "A & B" },
      },
    ]);
    await drainUntilSettled("escape:1");
    const message = email.mailbox.messages().find((item) => item.idempotency_key === "escape:1");
    expect(message?.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(message?.html).not.toContain("<img src=x");
    expect(message?.text).toContain('<img src=x onerror="alert(1)">');
  });

  it("marks a permanent 4xx failed with the error and never retries it", async () => {
    await queueEmails(email.sql, [{ to: "not-an-address", key: "permanent:1" }]);
    const row = await drainUntilSettled("permanent:1");
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/^422 validation_error: Invalid `to` field/);
    await email.invoke("process-outbox");
    await email.invoke("process-outbox");
    const calls = email.mailbox.requests().filter((call) => call.idempotencyKey === "permanent:1");
    expect(calls.map((call) => call.status)).toEqual([422]);
    expect((await rowFor("permanent:1"))?.attempts).toBe(1);
  });

  it("retries 5xx with growing delays, then fails after the maximum attempts", async () => {
    email.mailbox.setFaults({ errorRate: 1 });
    await queueEmails(email.sql, [{ to: "retry@example.com", key: "retry:1" }]);
    const row = await drainUntilSettled("retry:1");
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(5);
    expect(row.last_error).toMatch(/500 internal_server_error.*gave up after 5 attempts/);
    const times = email.mailbox
      .requests()
      .filter((call) => call.idempotencyKey === "retry:1")
      .map((call) => call.at);
    expect(times).toHaveLength(5);
    const gaps = times.slice(1).map((at, index) => at - (times[index] ?? at));
    // Equal jitter: retry n waits between base·2^(n-1)/2 and base·2^(n-1), so each wait is at
    // least as long as the one before; the drain loop adds a little on top.
    for (const [index, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(150 * 2 ** index - 50);
    }
    expect(gaps[3] ?? 0).toBeGreaterThan(gaps[0] ?? 0);
    expect(email.mailbox.messages().some((message) => message.idempotency_key === "retry:1")).toBe(
      false,
    );
  });

  it("waits at least retry-after on a 429", async () => {
    email.mailbox.setFaults({ rateLimitRate: 1, retryAfterSeconds: 2 });
    await queueEmails(email.sql, [{ to: "limited@example.com", key: "limited:1" }]);
    const response = await email.invoke("process-outbox");
    expect(await response.json()).toMatchObject({ claimed: 1, retrying: 1 });
    const [row] = await email.sql<{ status: string; wait: number }[]>`
      select status, extract(epoch from next_attempt_at - now()) as wait
      from public.notifications where idempotency_key = 'limited:1'`;
    expect(row?.status).toBe("queued");
    // retry-after is 2 s; the backoff alone would be under 0.3 s.
    expect(Number(row?.wait)).toBeGreaterThan(1);
    email.mailbox.setFaults({ rateLimitRate: 0 });
    const settled = await drainUntilSettled("limited:1");
    expect(settled.status).toBe("sent");
    expect(settled.attempts).toBe(2);
  });
});
