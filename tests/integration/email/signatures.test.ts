// The two webhook targets trust nothing unsigned: send-auth-email (Auth's Send Email hook,
// Standard Webhooks) and resend-webhook (Resend's events, Svix-signed).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "../../../supabase/local/auth/mailer";
import { signSvix } from "../../../supabase/local/mailbox/webhooks";
import {
  type EmailStack,
  eventually,
  HOOK_SECRET,
  queueEmails,
  startEmailStack,
  WEBHOOK_SECRET,
} from "./support/email-stack";

let email: EmailStack;

beforeAll(async () => {
  email = await startEmailStack({ template: "atrium_seeded", trigger: false });
}, 60_000);
afterAll(() => email?.stop());

const otherHookSecret = `v1,whsec_${randomBytes(24).toString("base64")}`;
const otherWebhookSecret = `whsec_${randomBytes(24).toString("base64")}`;
const now = () => Math.floor(Date.now() / 1000);

function hookPayload(tokenHash: string) {
  return JSON.stringify({
    user: {
      id: "8d6c5c2e-6f43-4cf0-9d51-0c6d3c0c1f11",
      email: "marie@example.com",
      user_metadata: { locale: "fr" },
    },
    email_data: {
      token: "123456",
      token_hash: tokenHash,
      redirect_to: "http://portal.test/welcome",
      email_action_type: "magiclink",
      site_url: "http://portal.test",
      token_new: "",
      token_hash_new: "",
    },
  });
}

function postHook(body: string, headers: Record<string, string>) {
  return fetch(`${email.stack.url}/functions/v1/send-auth-email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
}

function hookHeaders(body: string, secret = HOOK_SECRET, timestamp = now()) {
  const id = `msg_${randomBytes(8).toString("hex")}`;
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook([secret], id, timestamp, body),
  };
}

function postEvent(body: string, headers: Record<string, string>) {
  return fetch(`${email.stack.url}/functions/v1/resend-webhook`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
}

function svixHeaders(body: string, secret = WEBHOOK_SECRET) {
  const id = `msg_${randomBytes(8).toString("hex")}`;
  const timestamp = now();
  return {
    "svix-id": id,
    "svix-timestamp": String(timestamp),
    "svix-signature": signSvix(secret, id, timestamp, body),
  };
}

const rowsWithKey = (key: string) =>
  email.sql<
    {
      recipient_email: string;
      locale: string;
      template_key: string;
      data: Record<string, string>;
    }[]
  >`
    select recipient_email, locale, template_key, data from public.notifications
    where idempotency_key = ${key}`;

describe("send-auth-email", () => {
  it("rejects a request without a signature", async () => {
    const body = hookPayload("a".repeat(56));
    const response = await postHook(body, {});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      code: "missing_signature",
      message: "The request is not signed",
      hint: null,
      error: { http_code: 401, message: "The request is not signed" },
    });
    expect(await rowsWithKey(`auth.magiclink:${"a".repeat(56)}`)).toHaveLength(0);
  });

  it("rejects a signature made with another secret, or a stale one", async () => {
    const body = hookPayload("b".repeat(56));
    const forged = await postHook(body, hookHeaders(body, otherHookSecret));
    expect(forged.status).toBe(401);
    expect((await forged.json()).code).toBe("invalid_signature");
    const stale = await postHook(body, hookHeaders(body, HOOK_SECRET, now() - 600));
    expect(stale.status).toBe(401);
    const tampered = await postHook(body.replace("marie", "mallory"), hookHeaders(body));
    expect(tampered.status).toBe(401);
    expect(await rowsWithKey(`auth.magiclink:${"b".repeat(56)}`)).toHaveLength(0);
  });

  it("queues one email per token hash for a signed call, however often it comes", async () => {
    const hash = "c".repeat(56);
    const body = hookPayload(hash);
    for (let i = 0; i < 2; i++) {
      const response = await postHook(body, hookHeaders(body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({});
    }
    const rows = await rowsWithKey(`auth.magiclink:${hash}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient_email: "marie@example.com",
      locale: "fr",
      template_key: "auth.magiclink",
      data: { email: "marie@example.com", token: "123456" },
    });
    expect(new URL(rows[0]?.data.confirm_url ?? "").searchParams.get("token_hash")).toBe(hash);
  });
});

describe("resend-webhook", () => {
  it("rejects an unsigned or wrongly signed event", async () => {
    const body = JSON.stringify({ type: "email.bounced", data: { email_id: "x" } });
    const unsigned = await postEvent(body, {});
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({
      code: "missing_signature",
      details: expect.any(String),
    });
    const forged = await postEvent(body, svixHeaders(body, otherWebhookSecret));
    expect(forged.status).toBe(401);
    expect((await forged.json()).code).toBe("invalid_signature");
  });

  it("records a signed bounce and flags the address on the profile", async () => {
    const [client] = await email.sql<{ id: string; email: string }[]>`
      select id, email from public.profiles where role = 'client' and email_bounced_at is null limit 1`;
    await queueEmails(email.sql, [{ to: client?.email ?? "", key: "bounce:1" }]);
    await email.sql`
      update public.notifications set status = 'sent', provider_message_id = 'resend-msg-1'
      where idempotency_key = 'bounce:1'`;
    const body = JSON.stringify({
      type: "email.bounced",
      created_at: new Date().toISOString(),
      data: { email_id: "resend-msg-1", to: [client?.email], bounce: { type: "Permanent" } },
    });
    const response = await postEvent(body, svixHeaders(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ recorded: true });
    const [row] = await email.sql<{ delivery_status: string }[]>`
      select delivery_status from public.notifications where idempotency_key = 'bounce:1'`;
    expect(row?.delivery_status).toBe("bounced");
    const [profile] = await email.sql<{ email_bounced_at: Date | null }[]>`
      select email_bounced_at from public.profiles where id = ${client?.id ?? ""}`;
    expect(profile?.email_bounced_at).toBeInstanceOf(Date);
  });

  it("receives the mailbox's own signed events for what it delivered", async () => {
    await queueEmails(email.sql, [
      { to: "complained@example.com", key: "events:complained" },
      { to: "delivered@example.com", key: "events:delivered" },
    ]);
    expect((await email.invoke("process-outbox")).status).toBe(200);
    const rows = await eventually(async () => {
      const found = await email.sql<{ idempotency_key: string; delivery_status: string | null }[]>`
        select idempotency_key, delivery_status from public.notifications
        where idempotency_key like 'events:%' order by idempotency_key`;
      return found.every((row) => row.delivery_status !== null) ? found : undefined;
    });
    expect(rows).toEqual([
      { idempotency_key: "events:complained", delivery_status: "complained" },
      { idempotency_key: "events:delivered", delivery_status: "delivered" },
    ]);
  });
});
