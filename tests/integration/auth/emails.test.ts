// Every email flow through auth-js and the hook: magic link, recovery, email change confirmed by
// both addresses, resend, PKCE links, OTP expiry, and a failing hook.
import { describe, expect, it } from "vitest";
import { confirmedAccount } from "./support/accounts";
import {
  authStackForFile,
  portalSignUp,
  portalSignupData,
  SITE_URL,
  uniqueEmail,
} from "./support/auth-stack";

const auth = authStackForFile();

const mailAccount = () => confirmedAccount(auth, { label: "mail" });

describe("magic link", () => {
  it("mails a magic link to a confirmed user, which signs them in once", async () => {
    const { id, email } = await mailAccount();
    const { error } = await auth.client().auth.signInWithOtp({
      email,
      options: { emailRedirectTo: `${SITE_URL}/dashboard` },
    });
    expect(error).toBeNull();
    const call = auth.hook.last(email, "magiclink");
    expect(call.signatureValid).toBe(true);
    expect(call.email_data.redirect_to).toBe(`${SITE_URL}/dashboard`);

    const { data } = await auth.client().auth.verifyOtp({
      token_hash: call.email_data.token_hash,
      type: "magiclink",
    });
    expect(data.session?.user.id).toBe(id);
    const again = await auth.client().auth.verifyOtp({
      token_hash: call.email_data.token_hash,
      type: "magiclink",
    });
    expect(again.error?.code).toBe("otp_expired");
  });

  it("signs up an unknown address with a confirmation email, or refuses when create_user is off", async () => {
    const email = uniqueEmail("otp-new");
    const refused = await auth.client().auth.signInWithOtp({
      email,
      options: { shouldCreateUser: false },
    });
    expect(refused.error?.status).toBe(422);
    expect(refused.error?.code).toBe("otp_disabled");

    const { error } = await auth.client().auth.signInWithOtp({
      email,
      options: { data: portalSignupData() },
    });
    expect(error).toBeNull();
    const { token } = auth.hook.last(email, "signup").email_data;
    const { data } = await auth.client().auth.verifyOtp({ email, token, type: "email" });
    expect(data.user?.email_confirmed_at).toBeTruthy();
  });

  it("refuses a token older than the OTP expiry", async () => {
    const { email } = await mailAccount();
    await auth.client().auth.signInWithOtp({ email });
    const { token_hash } = auth.hook.last(email, "magiclink").email_data;
    await auth.sql`
      update auth.users set recovery_sent_at = now() - interval '86401 seconds'
      where email = ${email}`;
    const { error } = await auth.client().auth.verifyOtp({ token_hash, type: "magiclink" });
    expect(error?.status).toBe(403);
    expect(error?.code).toBe("otp_expired");
  });
});

describe("password recovery", () => {
  it("mails a recovery link whose session may set a new password", async () => {
    const { email } = await mailAccount();
    const client = auth.client();
    const events: string[] = [];
    client.auth.onAuthStateChange((event) => {
      events.push(event);
    });
    expect((await client.auth.resetPasswordForEmail(email)).error).toBeNull();
    const { token_hash, email_action_type } = auth.hook.last(email, "recovery").email_data;
    expect(email_action_type).toBe("recovery");

    const { error } = await client.auth.verifyOtp({ token_hash, type: "recovery" });
    expect(error).toBeNull();
    expect(events).toContain("PASSWORD_RECOVERY");
    expect((await client.auth.updateUser({ password: "a brand new one" })).error).toBeNull();
    const signIn = await auth
      .client()
      .auth.signInWithPassword({ email, password: "a brand new one" });
    expect(signIn.error).toBeNull();
  });

  it("answers 200 for an unknown address and mails nothing", async () => {
    const email = uniqueEmail("ghost");
    const { data, error } = await auth.client().auth.resetPasswordForEmail(email);
    expect(error).toBeNull();
    expect(data).toEqual({});
    expect(auth.hook.callsFor(email)).toHaveLength(0);
  });
});

describe("email change", () => {
  it("needs both addresses to confirm, then moves the login and the profile", async () => {
    const { id, email } = await mailAccount();
    const client = auth.client();
    await client.auth.signInWithPassword({ email, password: "correct horse" });
    const next = uniqueEmail("moved");
    const { data, error } = await client.auth.updateUser({ email: next });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, new_email: next });

    const call = auth.hook.last(email, "email_change");
    expect(call.signatureValid).toBe(true);
    expect(call.user.new_email).toBe(next);
    // GoTrue's naming: token/token_hash belong to the new address, *_new to the current one.
    const forNew = call.email_data.token_hash;
    const forCurrent = call.email_data.token_hash_new;
    expect(forCurrent).toMatch(/^[0-9a-f]{56}$/);

    const half = await auth
      .client()
      .auth.verifyOtp({ token_hash: forCurrent, type: "email_change" });
    expect(half.error).toBeNull();
    expect(half.data.session).toBeNull();
    const done = await auth.client().auth.verifyOtp({ token_hash: forNew, type: "email_change" });
    expect(done.error).toBeNull();
    expect(done.data.user?.email).toBe(next);
    const [profile] = await auth.sql`select email from public.profiles where id = ${id}`;
    expect(profile?.email).toBe(next);
  });
});

describe("resend", () => {
  it("mails a fresh confirmation and retires the previous token", async () => {
    const email = uniqueEmail("resend");
    await portalSignUp(auth.client(), email);
    const first = auth.hook.last(email, "signup").email_data.token_hash;
    expect((await auth.client().auth.resend({ type: "signup", email })).error).toBeNull();
    const second = auth.hook.last(email, "signup").email_data.token_hash;
    expect(second).not.toBe(first);
    expect(
      (await auth.client().auth.verifyOtp({ token_hash: first, type: "signup" })).error?.code,
    ).toBe("otp_expired");
    expect(
      (await auth.client().auth.verifyOtp({ token_hash: second, type: "signup" })).error,
    ).toBeNull();
  });
});

describe("PKCE", () => {
  it("redirects the link with ?code= and exchanges it for a session with the stored verifier", async () => {
    const email = uniqueEmail("pkce");
    const client = auth.client({ flowType: "pkce" });
    await portalSignUp(client, email, { emailRedirectTo: `${SITE_URL}/callback` });
    const call = auth.hook.last(email, "signup");
    expect(call.email_data.token_hash).toMatch(/^pkce_[0-9a-f]{56}$/);
    const link = `${auth.stack.url}/auth/v1/verify?token=${call.email_data.token_hash}&type=signup&redirect_to=${encodeURIComponent(call.email_data.redirect_to)}`;
    const response = await fetch(link, { redirect: "manual" });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/callback");
    const code = location.searchParams.get("code") ?? "";
    expect(code).toBeTruthy();
    expect(location.hash).toBe("");

    const { data, error } = await client.auth.exchangeCodeForSession(code);
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe(email);
    const reuse = await auth.fetchAuth("/token?grant_type=pkce", {
      method: "POST",
      body: JSON.stringify({ auth_code: code, code_verifier: "x".repeat(43) }),
    });
    expect(reuse.status).toBe(404);
    expect(await reuse.json()).toMatchObject({ code: "flow_state_not_found" });
  });
});

describe("PKCE recovery", () => {
  it("exchanges the recovery link's code and tells the app it is a password recovery", async () => {
    const { email } = await mailAccount();
    const client = auth.client({ flowType: "pkce" });
    const events: string[] = [];
    client.auth.onAuthStateChange((event) => {
      events.push(event);
    });
    await client.auth.resetPasswordForEmail(email, { redirectTo: `${SITE_URL}/reset` });
    const { token_hash, redirect_to } = auth.hook.last(email, "recovery").email_data;
    expect(token_hash.startsWith("pkce_")).toBe(true);
    const link = `${auth.stack.url}/auth/v1/verify?token=${token_hash}&type=recovery&redirect_to=${encodeURIComponent(redirect_to)}`;
    const location = new URL(
      (await fetch(link, { redirect: "manual" })).headers.get("location") ?? "",
    );
    const { data, error } = await client.auth.exchangeCodeForSession(
      location.searchParams.get("code") ?? "",
    );
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe(email);
    expect(events).toContain("PASSWORD_RECOVERY");
  });
});

describe("a failing hook", () => {
  it("fails the sign-up and keeps no user", async () => {
    const email = uniqueEmail("hookdown");
    auth.hook.failWith(500);
    try {
      const response = await auth.fetchAuth("/signup", {
        method: "POST",
        body: JSON.stringify({ email, password: "correct horse", data: portalSignupData() }),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        code: "unexpected_failure",
        message: "mail provider down",
      });
    } finally {
      auth.hook.failWith(undefined);
    }
    expect(await auth.sql`select 1 from auth.users where email = ${email}`).toHaveLength(0);
  });
});
