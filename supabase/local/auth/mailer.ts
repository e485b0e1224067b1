// Email out of Auth through the Send Email hook, signed per Standard Webhooks exactly as hosted
// Supabase calls it (docs `guides/auth/auth-hooks/send-email-hook`), plus GoTrue's two email limits.
import { createHmac, randomUUID } from "node:crypto";
import type { AuthConfig } from "./config";
import { AuthError, internal, tooManyRequests } from "./errors";
import { RateLimiter } from "./rate-limit";

export type EmailActionType =
  | "signup"
  | "invite"
  | "magiclink"
  | "recovery"
  | "email_change"
  | "email"
  | "reauthentication";

/** `email_data` of the hook payload; for email_change `token`/`token_hash` are the new address's. */
export interface EmailData {
  token: string;
  token_hash: string;
  redirect_to: string;
  email_action_type: EmailActionType;
  site_url: string;
  token_new: string;
  token_hash_new: string;
}

/** GoTrue keeps one "sent at" per token column; these are those columns. */
export type FrequencyKind = "confirmation" | "recovery" | "email_change" | "reauthentication";

const SECRET_PREFIX = "v1,whsec_";

/**
 * Signs a payload per Standard Webhooks: `v1,<base64 HMAC-SHA256(key, "<id>.<ts>.<body>")>` for
 * each secret, space-separated. The key is the base64 after `v1,whsec_`.
 * @example signWebhook(["v1,whsec_c2VjcmV0"], "msg_1", 1700000000, "{}")
 */
export function signWebhook(
  secrets: string[],
  id: string,
  timestamp: number,
  body: string,
): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
      const mac = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
      return `v1,${mac}`;
    })
    .join(" ");
}

const failureMessages: Record<EmailActionType, string> = {
  signup: "Error sending confirmation email",
  invite: "Error sending invite email",
  magiclink: "Error sending magic link email",
  recovery: "Error sending recovery email",
  email_change: "Error sending email change email",
  email: "Error sending email",
  reauthentication: "Error sending reauthentication email",
};

/** Sends Auth's emails and enforces the per-address gap and the project-wide hourly budget. */
export class Mailer {
  private readonly lastSent = new Map<string, number>();
  private readonly budget: RateLimiter;

  constructor(
    private readonly config: Pick<AuthConfig, "hook" | "maxFrequencySeconds" | "rateLimits">,
    private readonly log: (message: string) => void,
  ) {
    this.budget = new RateLimiter(
      config.rateLimits.emailSent,
      config.rateLimits.emailSentWindowSeconds,
    );
  }

  /**
   * Claims the right to email `address` now, or throws GoTrue's 429 "only request this after N
   * seconds". Tracked per address whether or not an account exists, so the answer never reveals one.
   * Returns a function that gives the slot back when the send fails.
   */
  reserve(kind: FrequencyKind, address: string): () => void {
    const key = `${kind}:${address.toLowerCase()}`;
    const now = Date.now();
    const last = this.lastSent.get(key);
    const gapMs = this.config.maxFrequencySeconds * 1000;
    if (last !== undefined && now - last < gapMs) {
      const left = Math.ceil((last + gapMs - now) / 1000);
      throw tooManyRequests(
        "over_email_send_rate_limit",
        `For security purposes, you can only request this after ${left} seconds.`,
        left,
      );
    }
    this.lastSent.set(key, now);
    if (this.lastSent.size > 10_000) {
      // Entries older than the gap decide nothing any more.
      for (const [other, sentAt] of this.lastSent) {
        if (now - sentAt >= gapMs) {
          this.lastSent.delete(other);
        }
      }
    }
    return () => {
      if (this.lastSent.get(key) === now) {
        this.lastSent.delete(key);
      }
    };
  }

  /**
   * Delivers one email: POSTs `{user, email_data}` to the hook, or, with no hook set, logs the
   * link and code so a developer can follow them.
   * @example await mailer.send(userJson(user, identities), "a@b.co", emailData, link);
   */
  async send(
    user: Record<string, unknown>,
    to: string,
    data: EmailData,
    link: string,
  ): Promise<void> {
    const wait = this.budget.take("project");
    if (wait > 0) {
      throw tooManyRequests("over_email_send_rate_limit", "Email rate limit exceeded", wait);
    }
    const uri = this.config.hook.uri;
    if (!uri) {
      this.log(
        `auth: ${data.email_action_type} email to ${to} (no send-email hook configured): ${link} or code ${data.token}`,
      );
      return;
    }
    const body = JSON.stringify({ user, email_data: data });
    const id = `msg_${randomUUID()}`;
    const timestamp = Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await fetch(uri, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "webhook-id": id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(this.config.hook.secrets, id, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      this.log(`auth: send email hook unreachable: ${String(error)}`);
      if (error instanceof Error && error.name === "TimeoutError") {
        throw new AuthError(422, "hook_timeout", "Failed to reach hook within maximum time of 5s");
      }
      throw internal(failureMessages[data.email_action_type]);
    }
    const text = await response.text();
    const hookError = parseHookError(text);
    if (hookError?.http_code && hookError.http_code >= 400) {
      throw new AuthError(hookError.http_code, "unexpected_failure", hookError.message ?? "");
    }
    if (!response.ok || hookError) {
      this.log(`auth: send email hook answered ${response.status}: ${text.slice(0, 200)}`);
      throw internal(failureMessages[data.email_action_type]);
    }
  }
}

function parseHookError(text: string): { http_code?: number; message?: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && "error" in parsed) {
      const error = (parsed as { error: unknown }).error;
      if (error && typeof error === "object") {
        return error as { http_code?: number; message?: string };
      }
    }
  } catch {
    // An empty or non-JSON 2xx body is a success, as for hosted hooks.
  }
  return undefined;
}
