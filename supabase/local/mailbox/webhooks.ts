// Resend's delivery webhooks as Resend sends them: Svix-signed (`svix-id`, `svix-timestamp`,
// `svix-signature: v1,<base64 HMAC-SHA256>` over "<id>.<timestamp>.<body>" with the `whsec_`
// secret's bytes; resend.com/docs/webhooks/verify-webhooks-requests), retried on failure.
import { createHmac, randomUUID } from "node:crypto";
import type { StoredMessage } from "./store";

export type EmailEventType = "email.delivered" | "email.bounced" | "email.complained";

export interface WebhookTarget {
  url: string;
  /** `whsec_<base64>` as Resend shows it. */
  secret: string;
}

/**
 * Signs a webhook body as Svix does.
 * @example signSvix("whsec_c2VjcmV0", "msg_1", 1700000000, "{}") // "v1,…"
 */
export function signSvix(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/**
 * The event a message gets, chosen by its first recipient like Resend's test addresses:
 * `bounced@…` (or `bounced+x@…`) bounces, `complained@…` complains, anything else is delivered.
 */
export function eventFor(message: Pick<StoredMessage, "to">): EmailEventType {
  const local = (message.to[0] ?? "").split("@")[0]?.split("+")[0]?.toLowerCase();
  if (local === "bounced") {
    return "email.bounced";
  }
  if (local === "complained") {
    return "email.complained";
  }
  return "email.delivered";
}

/** The JSON body Resend posts for an email event. */
export function eventBody(type: EmailEventType, message: StoredMessage): Record<string, unknown> {
  const data: Record<string, unknown> = {
    email_id: message.id,
    created_at: message.created_at,
    from: message.from,
    to: message.to,
    subject: message.subject,
    tags: Object.fromEntries(message.tags.map((tag) => [tag.name, tag.value])),
  };
  if (type === "email.bounced") {
    data.bounce = {
      message: "The recipient's mail server permanently rejected the email.",
      subType: "General",
      type: "Permanent",
    };
  }
  return { type, created_at: new Date().toISOString(), data };
}

/**
 * Posts one signed event, retrying a few times with growing pauses as Svix does (shortened).
 * @returns the last HTTP status, or null when the target never answered.
 */
export async function deliverWebhook(
  target: WebhookTarget,
  body: Record<string, unknown>,
  options: { attempts?: number; pauseMs?: number; log?: (line: string) => void } = {},
): Promise<{ status: number | null; attempts: number }> {
  const attempts = options.attempts ?? 4;
  const text = JSON.stringify(body);
  const id = `msg_${randomUUID()}`;
  let status: number | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "svix-id": id,
          "svix-timestamp": String(timestamp),
          "svix-signature": signSvix(target.secret, id, timestamp, text),
        },
        body: text,
        signal: AbortSignal.timeout(15_000),
      });
      status = response.status;
      await response.body?.cancel();
      if (response.ok) {
        return { status, attempts: attempt };
      }
    } catch (error) {
      options.log?.(`mailbox: webhook to ${target.url} failed: ${String(error)}`);
    }
    if (attempt < attempts) {
      await new Promise((resolve) => setTimeout(resolve, (options.pauseMs ?? 500) * 2 ** attempt));
    }
  }
  return { status, attempts };
}
