// The mailbox's pure parts: fault draws, which event a recipient gets, Svix signatures.
import { Resend } from "resend";
import { describe, expect, it } from "vitest";
import { drawFault, noFaults } from "../../../supabase/local/mailbox/faults";
import { eventBody, eventFor, signSvix } from "../../../supabase/local/mailbox/webhooks";

describe("drawFault", () => {
  it("splits the unit interval by the configured shares, in order", () => {
    const faults = {
      ...noFaults,
      errorRate: 0.2,
      rateLimitRate: 0.1,
      slowRate: 0.1,
      dropRate: 0.1,
    };
    expect(
      [0, 0.19, 0.21, 0.29, 0.31, 0.39, 0.41, 0.49, 0.51, 0.99].map((roll) =>
        drawFault(faults, () => roll),
      ),
    ).toEqual([
      "error",
      "error",
      "rate_limit",
      "rate_limit",
      "slow",
      "slow",
      "drop",
      "drop",
      "none",
      "none",
    ]);
  });

  it("draws nothing without faults", () => {
    expect(drawFault(noFaults, () => 0)).toBe("none");
  });
});

describe("eventFor", () => {
  it("follows Resend's test addresses, labels included", () => {
    expect(eventFor({ to: ["bounced@resend.dev"] })).toBe("email.bounced");
    expect(eventFor({ to: ["bounced+signup@example.com"] })).toBe("email.bounced");
    expect(eventFor({ to: ["Complained@example.com"] })).toBe("email.complained");
    expect(eventFor({ to: ["ada@example.com"] })).toBe("email.delivered");
  });
});

describe("signSvix", () => {
  it("produces signatures the Resend SDK verifies", () => {
    const secret = `whsec_${Buffer.from("unit-secret").toString("base64")}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ type: "email.delivered", data: { email_id: "e1" } });
    const signature = signSvix(secret, "msg_1", timestamp, body);
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Resend("re_unit").webhooks.verify({
      payload: body,
      headers: { id: "msg_1", timestamp: String(timestamp), signature },
      webhookSecret: secret,
    });
    expect(verified).toEqual({ type: "email.delivered", data: { email_id: "e1" } });
    expect(() =>
      new Resend("re_unit").webhooks.verify({
        payload: body.replace("e1", "e2"),
        headers: { id: "msg_1", timestamp: String(timestamp), signature },
        webhookSecret: secret,
      }),
    ).toThrow();
  });

  it("builds bounce events with Resend's bounce details", () => {
    const message = {
      object: "email" as const,
      id: "e1",
      created_at: "2026-01-01T00:00:00.000Z",
      from: "a@b.co",
      to: ["bounced@example.com"],
      cc: [],
      bcc: [],
      reply_to: [],
      subject: "Hi",
      html: null,
      text: "Hi",
      headers: {},
      tags: [{ name: "template", value: "auth_signup" }],
      last_event: "sent",
      idempotency_key: null,
      idempotency_fingerprint: null,
      batch_index: null,
      webhooks: [],
    };
    expect(eventBody("email.bounced", message)).toMatchObject({
      type: "email.bounced",
      data: {
        email_id: "e1",
        to: ["bounced@example.com"],
        tags: { template: "auth_signup" },
        bounce: { type: "Permanent" },
      },
    });
  });
});
