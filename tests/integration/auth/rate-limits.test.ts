// Rate limits through auth-js: per-IP request buckets, the per-address email gap and the
// project-wide email budget, each answering 429 with GoTrue's code and a Retry-After.
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { confirmedAccount } from "./support/accounts";
import { expectAuthError } from "./support/auth-errors";
import {
  authStackForFile,
  portalSignUp,
  portalSignupData,
  uniqueEmail,
} from "./support/auth-stack";

const auth = authStackForFile({
  // Tests pose as different clients through this header, as a proxy in front of Auth would.
  GOTRUE_RATE_LIMIT_HEADER: "X-Forwarded-For",
  GOTRUE_RATE_LIMIT_OTP: "3",
  GOTRUE_RATE_LIMIT_VERIFY: "3",
  GOTRUE_RATE_LIMIT_TOKEN_REFRESH: "5",
  GOTRUE_SMTP_MAX_FREQUENCY: "60s",
  GOTRUE_RATE_LIMIT_EMAIL_SENT: "4",
});

const from = (ip: string) => ({ "X-Forwarded-For": ip });

describe("per-IP request limits", () => {
  it("slows password guessing: the fourth sign-in attempt from one IP is refused", async () => {
    const attempt = () =>
      auth.fetchAuth("/token?grant_type=password", {
        method: "POST",
        headers: from("203.0.113.1"),
        body: JSON.stringify({ email: "victim@example.com", password: "guess" }),
      });
    for (let i = 0; i < 3; i++) {
      expect((await attempt()).status).toBe(400);
    }
    const refused = await attempt();
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await expectAuthError(refused, 429, "over_request_rate_limit", "Request rate limit reached");

    // Another client is not affected.
    const other = await auth.fetchAuth("/token?grant_type=password", {
      method: "POST",
      headers: from("203.0.113.2"),
      body: JSON.stringify({ email: "victim@example.com", password: "guess" }),
    });
    expect(other.status).toBe(400);
  });

  it("limits /verify per IP", async () => {
    const verify = () =>
      auth.fetchAuth("/verify", {
        method: "POST",
        headers: from("203.0.113.3"),
        body: JSON.stringify({ type: "signup", token_hash: "0".repeat(56) }),
      });
    for (let i = 0; i < 3; i++) {
      expect((await verify()).status).toBe(403);
    }
    expect((await verify()).status).toBe(429);
  });
});

describe("client addresses", () => {
  it("signs in when the forwarded-for value is no IP address, storing no address", async () => {
    const { email } = await confirmedAccount(auth, { label: "proxy" });
    const response = await auth.fetchAuth("/token?grant_type=password", {
      method: "POST",
      headers: from("unknown"),
      body: JSON.stringify({ email, password: "correct horse" }),
    });
    expect(response.status).toBe(200);
    const db = postgres(auth.stack.db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      const [session] = await db`
        select s.ip from auth.sessions s join auth.users u on u.id = s.user_id
        where u.email = ${email}`;
      expect(session).toEqual({ ip: null });
    } finally {
      await db.end();
    }
  });
});

describe("email limits", () => {
  it("allows one email per address and kind per minute, known address or not", async () => {
    const email = uniqueEmail("gap");
    const ghost = uniqueEmail("gap-ghost");
    const client = auth.client();
    await portalSignUp(client, email);
    const recover = async (address: string, ip: string) =>
      auth.fetchAuth("/recover", {
        method: "POST",
        headers: from(ip),
        body: JSON.stringify({ email: address }),
      });
    expect((await recover(email, "198.51.100.1")).status).toBe(200);
    expect((await recover(ghost, "198.51.100.2")).status).toBe(200);

    for (const address of [email, ghost]) {
      const again = await recover(address, "198.51.100.3");
      expect(again.status).toBe(429);
      expect(again.headers.get("x-sb-error-code")).toBe("over_email_send_rate_limit");
      const body = (await again.json()) as { message: string };
      expect(body.message).toMatch(
        /^For security purposes, you can only request this after \d+ seconds\.$/,
      );
      expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(50);
    }

    const { error } = await auth.client().auth.resend({ type: "signup", email });
    // A different kind of email (confirmation) has its own gap, already used by the sign-up.
    expect(error?.status).toBe(429);
    expect(error?.code).toBe("over_email_send_rate_limit");
  });

  it("caps the emails the project sends per hour", async () => {
    // The budget of 4 is shared with the test above, which sent two emails.
    const sends: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await auth.fetchAuth("/signup", {
        method: "POST",
        headers: from(`192.0.2.${i + 10}`),
        body: JSON.stringify({
          email: uniqueEmail("budget"),
          password: "correct horse",
          data: portalSignupData(),
        }),
      });
      sends.push(response.status);
      if (response.status === 429) {
        expect(await response.json()).toEqual({
          code: "over_email_send_rate_limit",
          message: "Email rate limit exceeded",
        });
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(sends).toEqual([200, 200, 429]);
  });
});
