// A tiny Send Email hook receiver for tests: records every call, checks its Standard Webhooks
// signature with the shared secret, and lets tests read the code and link an email would carry.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface HookEmailData {
  token: string;
  token_hash: string;
  redirect_to: string;
  email_action_type: string;
  site_url: string;
  token_new: string;
  token_hash_new: string;
}

export interface HookCall {
  headers: IncomingHttpHeaders;
  body: string;
  /** True when one of the `webhook-signature` entries matches HMAC-SHA256 over id.timestamp.body. */
  signatureValid: boolean;
  user: { id: string; email: string; new_email?: string; [key: string]: unknown };
  email_data: HookEmailData;
}

export interface HookServer {
  url: string;
  /** `v1,whsec_<base64>`, the form GOTRUE_HOOK_SEND_EMAIL_SECRETS takes. */
  secret: string;
  calls: HookCall[];
  /** Calls addressed to a user (by current or pending email), optionally of one action type. */
  callsFor(email: string, type?: string): HookCall[];
  /** The latest call for an address and type; fails the test when there is none. */
  last(email: string, type?: string): HookCall;
  /** Makes the next answers fail with this status and body (undefined restores 200 {}). */
  failWith(status: number | undefined, body?: string): void;
  stop(): Promise<void>;
}

function verify(key: Buffer, headers: IncomingHttpHeaders, body: string): boolean {
  const id = String(headers["webhook-id"] ?? "");
  const timestamp = String(headers["webhook-timestamp"] ?? "");
  const signatures = String(headers["webhook-signature"] ?? "").split(" ");
  // Standard Webhooks receivers reject stale deliveries (5 minutes).
  if (!id || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) {
    return false;
  }
  const expected = Buffer.from(
    createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64"),
  );
  return signatures.some((entry) => {
    const given = Buffer.from(entry.replace(/^v1,/, ""));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * @example const hook = await startHookServer(); env.GOTRUE_HOOK_SEND_EMAIL_URI = hook.url;
 */
export async function startHookServer(): Promise<HookServer> {
  const key = randomBytes(32);
  const calls: HookCall[] = [];
  let failure: { status: number; body: string } | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const parsed = JSON.parse(body) as Pick<HookCall, "user" | "email_data">;
      calls.push({
        headers: req.headers,
        body,
        signatureValid: verify(key, req.headers, body),
        ...parsed,
      });
      res.writeHead(failure?.status ?? 200, { "Content-Type": "application/json" });
      res.end(failure?.body ?? "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const callsFor = (email: string, type?: string) =>
    calls.filter(
      (call) =>
        (call.user.email === email || call.user.new_email === email) &&
        (type === undefined || call.email_data.email_action_type === type),
    );
  return {
    url: `http://127.0.0.1:${port}/send-email`,
    secret: `v1,whsec_${key.toString("base64")}`,
    calls,
    callsFor,
    last(email, type) {
      const call = callsFor(email, type).at(-1);
      if (!call) {
        throw new Error(`no ${type ?? ""} email to ${email} reached the hook`);
      }
      return call;
    },
    failWith(status, body = '{"error":{"http_code":500,"message":"mail provider down"}}') {
      failure = status === undefined ? undefined : { status, body };
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
