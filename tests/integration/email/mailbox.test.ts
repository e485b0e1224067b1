// The local mailbox as the Resend SDK sees it: sending, batches, idempotency keys as Resend
// honours them, its error shapes, injected faults, signed webhooks and the pages.

import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Resend } from "resend";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Mailbox, startMailbox } from "../../../supabase/local/mailbox/server";

const SECRET = `whsec_${Buffer.from("mailbox-test-secret").toString("base64")}`;

let dir: string;
let mailbox: Mailbox;
let resend: Resend;
let receiver: Server;
const received: { headers: Record<string, string>; body: string }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-mailbox-"));
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  mailbox = await startMailbox({
    port: 0,
    dir,
    webhook: { url, secret: SECRET },
    webhookDelayMs: 0,
  });
  resend = new Resend("re_test", { baseUrl: mailbox.url });
});
afterAll(async () => {
  await mailbox.idle();
  await mailbox.stop();
  receiver.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => mailbox.setFaults({ errorRate: 0, rateLimitRate: 0, slowRate: 0, dropRate: 0 }));

const email = (subject: string, to = "ada@example.com") => ({
  from: "Atrium <hello@atrium.test>",
  to,
  subject,
  html: `<p>${subject} <a href="http://portal.test/auth/confirm?token_hash=abc">Confirm</a></p>`,
  text: subject,
});

describe("Resend API", () => {
  it("stores a message and returns it by id", async () => {
    const { data, error } = await resend.emails.send(email("Hello"));
    expect(error).toBeNull();
    const fetched = await resend.emails.get(data?.id ?? "");
    expect(fetched.data).toMatchObject({
      object: "email",
      id: data?.id,
      to: ["ada@example.com"],
      from: "Atrium <hello@atrium.test>",
      subject: "Hello",
      text: "Hello",
    });
  });

  it("replays the same key and body without a second message", async () => {
    const before = mailbox.messages().length;
    const first = await resend.emails.send(email("Once"), { idempotencyKey: "once:1" });
    const second = await resend.emails.send(email("Once"), { idempotencyKey: "once:1" });
    expect(second.data?.id).toBe(first.data?.id);
    expect(mailbox.messages().length).toBe(before + 1);
  });

  it("refuses the same key with another body with 409 invalid_idempotent_request", async () => {
    await resend.emails.send(email("First body"), { idempotencyKey: "reused:1" });
    const { data, error } = await resend.emails.send(email("Second body"), {
      idempotencyKey: "reused:1",
    });
    expect(data).toBeNull();
    expect(error).toEqual({
      statusCode: 409,
      name: "invalid_idempotent_request",
      message:
        "Same idempotency key used with a different request payload. Idempotency keys are single-use.",
    });
  });

  it("sends batches, idempotently too", async () => {
    const batch = [email("Batch A", "a@example.com"), email("Batch B", "b@example.com")];
    const first = await resend.batch.send(batch, { idempotencyKey: "batch:1" });
    const again = await resend.batch.send(batch, { idempotencyKey: "batch:1" });
    expect(first.data?.data).toHaveLength(2);
    expect(again.data).toEqual(first.data);
    expect(
      mailbox.messages().filter((message) => message.idempotency_key === "batch:1"),
    ).toHaveLength(2);
  });

  it("answers validation errors in Resend's shape", async () => {
    const { error } = await resend.emails.send({ ...email("No one"), to: [] });
    expect(error).toEqual({
      statusCode: 422,
      name: "missing_required_field",
      message: "Missing `to` field.",
    });
    const bad = await resend.emails.send(email("Bad", "nobody"));
    expect(bad.error?.name).toBe("validation_error");
    const noKey = await fetch(`${mailbox.url}/emails`, { method: "POST", body: "{}" });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({
      statusCode: 401,
      name: "missing_api_key",
      message: "Missing API key in the authorization header",
    });
  });
});

describe("faults", () => {
  it("injects 500s and 429s with retry-after, storing nothing", async () => {
    const before = mailbox.messages().length;
    mailbox.setFaults({ errorRate: 1 });
    const failed = await resend.emails.send(email("Lost"));
    expect(failed.error?.statusCode).toBe(500);
    mailbox.setFaults({ errorRate: 0, rateLimitRate: 1, retryAfterSeconds: 7 });
    const limited = await resend.emails.send(email("Limited"));
    expect(limited.error?.name).toBe("rate_limit_exceeded");
    expect(limited.headers?.["retry-after"]).toBe("7");
    expect(mailbox.messages().length).toBe(before);
  });

  it("stores but answers too late, or cuts the connection, so only the key prevents a double", async () => {
    mailbox.setFaults({ slowRate: 1, slowMs: 1000 });
    const slow = await resend.emails.send(email("Slow"), {
      idempotencyKey: "slow:1",
      signal: AbortSignal.timeout(200),
    } as never);
    expect(slow.error?.statusCode).toBeNull();
    mailbox.setFaults({ slowRate: 0, dropRate: 1 });
    const dropped = await resend.emails.send(email("Dropped"), { idempotencyKey: "drop:1" });
    expect(dropped.error?.statusCode).toBeNull();
    mailbox.setFaults({ dropRate: 0 });
    const retried = await resend.emails.send(email("Dropped"), { idempotencyKey: "drop:1" });
    const stored = mailbox.messages().filter((message) => message.idempotency_key === "drop:1");
    expect(stored.map((message) => message.id)).toEqual([retried.data?.id]);
    expect(mailbox.messages().some((message) => message.idempotency_key === "slow:1")).toBe(true);
  });

  it("can be changed at runtime over HTTP", async () => {
    const response = await fetch(`${mailbox.url}/_mailbox/faults`, {
      method: "PUT",
      body: JSON.stringify({ errorRate: 0.2, rateLimitRate: 0.1 }),
    });
    expect(await response.json()).toMatchObject({
      errorRate: 0.2,
      rateLimitRate: 0.1,
      dropRate: 0,
    });
  });
});

describe("webhooks", () => {
  it("posts Svix-signed events that Resend's verification accepts", async () => {
    const { data } = await resend.emails.send(email("Bounce me", "bounced@example.com"));
    await mailbox.idle();
    const hook = received.find((item) => item.body.includes(data?.id ?? "-"));
    expect(hook).toBeDefined();
    // The Resend SDK's own verification, as a Node receiver would use it.
    const payload = resend.webhooks.verify({
      payload: hook?.body ?? "",
      headers: {
        id: hook?.headers["svix-id"] ?? "",
        timestamp: hook?.headers["svix-timestamp"] ?? "",
        signature: hook?.headers["svix-signature"] ?? "",
      },
      webhookSecret: SECRET,
    });
    expect(payload).toMatchObject({
      type: "email.bounced",
      data: { email_id: data?.id, to: ["bounced@example.com"], bounce: { type: "Permanent" } },
    });
    expect(mailbox.messages().find((message) => message.id === data?.id)?.last_event).toBe(
      "bounced",
    );
  });
});

describe("pages", () => {
  it("lists messages newest first and shows one in a sandboxed frame", async () => {
    const older = await resend.emails.send(email("Older page"));
    const newer = await resend.emails.send(email("Newer page"));
    const list = await (await fetch(`${mailbox.url}/`)).text();
    expect(list.indexOf("Newer page")).toBeLessThan(list.indexOf("Older page"));
    expect(list).toContain(`/messages/${older.data?.id}`);
    const page = await fetch(`${mailbox.url}/messages/${newer.data?.id}`);
    const html = await page.text();
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(html).not.toContain("allow-scripts");
    const part = await fetch(`${mailbox.url}/messages/${newer.data?.id}/html`);
    expect(part.headers.get("content-security-policy")).toContain("default-src 'none'");
    const body = await part.text();
    expect(body.startsWith('<base target="_blank">')).toBe(true);
    expect(body).toContain('href="http://portal.test/auth/confirm?token_hash=abc"');
  });

  it("keeps messages and their keys across a restart", async () => {
    const { data } = await resend.emails.send(email("Persisted"), { idempotencyKey: "persist:1" });
    const reopened = await startMailbox({ port: 0, dir });
    try {
      expect(reopened.messages().some((message) => message.id === data?.id)).toBe(true);
      const client = new Resend("re_test", { baseUrl: reopened.url });
      const replay = await client.emails.send(email("Persisted"), { idempotencyKey: "persist:1" });
      expect(replay.data?.id).toBe(data?.id);
      const clash = await client.emails.send(email("Changed"), { idempotencyKey: "persist:1" });
      expect(clash.error?.statusCode).toBe(409);
    } finally {
      await reopened.stop();
    }
  });
});
