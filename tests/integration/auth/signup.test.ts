// Sign-up through auth-js: the signed hook email, both ways of confirming (the GET link and a POST
// of token_hash), the rows GoTrue and the sign-up trigger leave, and answers that leak nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAuthError } from "./support/auth-errors";
import {
  type AuthTestStack,
  authStackForFile,
  portalSignUp,
  portalSignupData,
  SITE_URL,
  startAuthStack,
  uniqueEmail,
} from "./support/auth-stack";

const auth = authStackForFile();

describe("sign-up with email confirmation", () => {
  it("creates an unconfirmed user, no session, and mails a signed confirmation", async () => {
    const email = uniqueEmail("signup");
    const { data, error } = await portalSignUp(auth.client(), email, {
      emailRedirectTo: `${SITE_URL}/welcome`,
    });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user).toMatchObject({
      email,
      aud: "authenticated",
      role: "authenticated",
      phone: "",
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: {
        full_name: "Ada Lovelace",
        email,
        email_verified: false,
        sub: data.user?.id,
      },
      is_anonymous: false,
    });
    expect(data.user?.email_confirmed_at).toBeUndefined();
    expect(data.user?.identities).toHaveLength(1);
    expect(data.user?.identities?.[0]).toMatchObject({ provider: "email", user_id: data.user?.id });

    const call = auth.hook.last(email, "signup");
    expect(call.signatureValid).toBe(true);
    expect(call.headers["webhook-id"]).toBeTruthy();
    expect(call.email_data).toMatchObject({
      email_action_type: "signup",
      redirect_to: `${SITE_URL}/welcome`,
      site_url: SITE_URL,
    });
    expect(call.email_data.token).toMatch(/^\d{6}$/);
    expect(call.email_data.token_hash).toMatch(/^[0-9a-f]{56}$/);

    const [row] = await auth.sql`
      select role, encrypted_password, confirmation_token, raw_user_meta_data
      from auth.users where id = ${data.user?.id ?? ""}`;
    expect(row?.role).toBe("authenticated");
    expect(row?.encrypted_password).toMatch(/^\$2a\$04\$/);
    expect(row?.confirmation_token).toBe(call.email_data.token_hash);
    const [token] = await auth.sql`
      select token_type, token_hash, relates_to from auth.one_time_tokens
      where user_id = ${data.user?.id ?? ""}`;
    expect(token).toMatchObject({
      token_type: "confirmation_token",
      token_hash: call.email_data.token_hash,
      relates_to: email,
    });
  });

  it("lets the sign-up trigger see role '' and the sign-up data, making profile and request", async () => {
    const email = uniqueEmail("trigger");
    const { data } = await portalSignUp(auth.client(), email, { fullName: "Grace Hopper" });
    const id = data.user?.id ?? "";
    const [profile] =
      await auth.sql`select email, full_name, role from public.profiles where id = ${id}`;
    expect(profile).toMatchObject({ email, full_name: "Grace Hopper", role: "client" });
    const [request] = await auth.sql`
      select status, company_name, details, source from public.signup_requests where profile_id = ${id}`;
    expect(request).toMatchObject({
      status: "pending",
      company_name: "Analytical Engines Ltd",
      details: { project_type: "web", budget: "10k-25k", message: "A portal for our clients" },
      source: "portal",
    });
  });

  it("confirms through the emailed GET link, redirecting with the session in the fragment", async () => {
    const email = uniqueEmail("link");
    const client = auth.client();
    await portalSignUp(client, email, { emailRedirectTo: `${SITE_URL}/welcome` });
    const { token_hash: hash, redirect_to: redirectTo } = auth.hook.last(
      email,
      "signup",
    ).email_data;
    const link = `${auth.stack.url}/auth/v1/verify?token=${hash}&type=signup&redirect_to=${encodeURIComponent(redirectTo)}`;

    // A mail scanner's HEAD must not use the token up.
    expect((await fetch(link, { method: "HEAD", redirect: "manual" })).status).toBe(200);

    const response = await fetch(link, { redirect: "manual" });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE_URL}/welcome`);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect([...fragment.keys()]).toEqual([
      "access_token",
      "expires_at",
      "expires_in",
      "refresh_token",
      "token_type",
      "type",
    ]);
    expect(fragment.get("type")).toBe("signup");
    expect(fragment.get("token_type")).toBe("bearer");

    // auth-js accepts the fragment's tokens as a session and the user is now confirmed.
    const { data, error } = await client.auth.setSession({
      access_token: fragment.get("access_token") ?? "",
      refresh_token: fragment.get("refresh_token") ?? "",
    });
    expect(error).toBeNull();
    expect(data.user?.email_confirmed_at).toBeTruthy();
    const [request] = await auth.sql`
      select r.status from public.signup_requests r where r.email = ${email}`;
    expect(request?.status).toBe("confirmed");

    // The link is single use: a second click lands with GoTrue's error fragment.
    const again = await fetch(link, { redirect: "manual" });
    const failed = new URLSearchParams(new URL(again.headers.get("location") ?? "").hash.slice(1));
    expect(failed.get("error_code")).toBe("otp_expired");
    expect(failed.get("error")).toBe("access_denied");
  });

  it("confirms with verifyOtp({ token_hash }) and then with nothing else", async () => {
    const email = uniqueEmail("hash");
    const client = auth.client();
    await portalSignUp(client, email);
    const { token_hash } = auth.hook.last(email, "signup").email_data;

    const { data, error } = await client.auth.verifyOtp({ token_hash, type: "signup" });
    expect(error).toBeNull();
    expect(data.session).toMatchObject({ token_type: "bearer", expires_in: 3600 });
    expect(data.session?.refresh_token).toBeTruthy();
    expect(data.user?.email).toBe(email);
    expect(data.user?.user_metadata.email_verified).toBe(true);

    const reuse = await auth.client().auth.verifyOtp({ token_hash, type: "signup" });
    expect(reuse.error?.status).toBe(403);
    expect(reuse.error?.code).toBe("otp_expired");
  });

  it("confirms with the 6-digit code and the address", async () => {
    const email = uniqueEmail("code");
    await portalSignUp(auth.client(), email);
    const { token } = auth.hook.last(email, "signup").email_data;
    const wrong = await auth
      .client()
      .auth.verifyOtp({ email, token: token === "000000" ? "111111" : "000000", type: "email" });
    expect(wrong.error?.code).toBe("otp_expired");
    const { data, error } = await auth.client().auth.verifyOtp({ email, token, type: "email" });
    expect(error).toBeNull();
    expect(data.session?.user.email_confirmed_at).toBeTruthy();
  });

  it("answers a repeated sign-up of a confirmed address like a new one and mails nothing", async () => {
    const email = uniqueEmail("again");
    const first = await portalSignUp(auth.client(), email);
    const { token_hash } = auth.hook.last(email, "signup").email_data;
    await auth.client().auth.verifyOtp({ token_hash, type: "signup" });
    const callsBefore = auth.hook.callsFor(email).length;

    const { data, error } = await auth.client().auth.signUp({
      email,
      password: "another password",
      options: { data: portalSignupData() },
    });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user?.id).not.toBe(first.data.user?.id);
    expect(data.user?.identities).toEqual([]);
    expect(data.user).toMatchObject({ email, role: "authenticated", aud: "authenticated" });
    expect(data.user?.email_confirmed_at).toBeUndefined();
    expect(auth.hook.callsFor(email)).toHaveLength(callsBefore);
    const [count] =
      await auth.sql`select count(*)::int as n from auth.users where email = ${email}`;
    expect(count?.n).toBe(1);
  });

  it("refuses a short password with 422 weak_password and its reasons", async () => {
    const { error } = await auth.client().auth.signUp({
      email: uniqueEmail("weak"),
      password: "12345",
      options: { data: portalSignupData() },
    });
    expect(error?.status).toBe(422);
    expect(error?.code).toBe("weak_password");
    expect(error).toMatchObject({ reasons: ["length"] });
  });

  it("reports a sign-up whose metadata the trigger refuses as 422 naming the field, leaving nothing", async () => {
    const email = uniqueEmail("nocompany");
    const response = await auth.fetchAuth("/signup", {
      method: "POST",
      body: JSON.stringify({
        email,
        password: "correct horse",
        data: { full_name: "No Company", source: "portal" },
      }),
    });
    expect(response.headers.get("x-supabase-api-version")).toBe("2024-01-01");
    await expectAuthError(response, 422, "validation_failed", "Sign-up needs company_name");
    const rows = await auth.sql`select 1 from auth.users where email = ${email}`;
    expect(rows).toHaveLength(0);
    expect(auth.hook.callsFor(email)).toHaveLength(0);
  });

  it("refuses password sign-in until the email is confirmed", async () => {
    const email = uniqueEmail("unconfirmed");
    await portalSignUp(auth.client(), email);
    const { error } = await auth
      .client()
      .auth.signInWithPassword({ email, password: "correct horse" });
    expect(error?.status).toBe(400);
    expect(error?.code).toBe("email_not_confirmed");
  });
});

describe("sign-up with autoconfirm", () => {
  let autoconfirm: AuthTestStack;
  beforeAll(async () => {
    autoconfirm = await startAuthStack({ GOTRUE_MAILER_AUTOCONFIRM: "true" });
  });
  afterAll(() => autoconfirm?.stop());

  it("returns a session at once, sends no email, and refuses a second sign-up as user_already_exists", async () => {
    const email = uniqueEmail("auto");
    const client = autoconfirm.client();
    const { data, error } = await portalSignUp(client, email);
    expect(error).toBeNull();
    expect(data.session?.access_token).toBeTruthy();
    expect(data.user?.email_confirmed_at).toBeTruthy();
    expect(autoconfirm.hook.callsFor(email)).toHaveLength(0);

    const again = await autoconfirm.client().auth.signUp({ email, password: "correct horse" });
    expect(again.error?.status).toBe(422);
    expect(again.error?.code).toBe("user_already_exists");
  });
});
