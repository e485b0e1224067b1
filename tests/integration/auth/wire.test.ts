// Wire details auth-js depends on: both error envelopes, the echoed API version, CORS from a
// browser origin, and the calls auth-js makes that Atrium leaves switched off.
import { describe, expect, it } from "vitest";
import { confirmedAccount } from "./support/accounts";
import { expectAuthError } from "./support/auth-errors";
import { authStackForFile, portalSignUp, SITE_URL, uniqueEmail } from "./support/auth-stack";

const auth = authStackForFile();

describe("error envelopes", () => {
  it("answers {code, message} and echoes X-Supabase-Api-Version when the client sends it", async () => {
    const response = await auth.fetchAuth("/token?grant_type=password", {
      method: "POST",
      body: JSON.stringify({ email: uniqueEmail("nobody"), password: "whatever" }),
    });
    expect(response.headers.get("x-supabase-api-version")).toBe("2024-01-01");
    await expectAuthError(response, 400, "invalid_credentials", "Invalid login credentials");
  });

  it("answers GoTrue's legacy shape to clients that send no API version", async () => {
    const response = await fetch(`${auth.stack.url}/auth/v1/token?grant_type=password`, {
      method: "POST",
      headers: { apikey: auth.stack.keys.anonKey, "Content-Type": "application/json" },
      body: JSON.stringify({ email: uniqueEmail("nobody"), password: "whatever" }),
    });
    expect(response.headers.get("x-supabase-api-version")).toBeNull();
    expect(await response.json()).toEqual({
      code: 400,
      error_code: "invalid_credentials",
      msg: "Invalid login credentials",
    });
  });

  it("rejects bad JSON with bad_json and an unknown grant with validation_failed", async () => {
    const badJson = await auth.fetchAuth("/signup", { method: "POST", body: "{not json" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()) as object).toMatchObject({ code: "bad_json" });
    const grant = await auth.fetchAuth("/token?grant_type=magic", { method: "POST", body: "{}" });
    expect(grant.status).toBe(400);
    expect((await grant.json()) as object).toMatchObject({ code: "validation_failed" });
  });

  it("refuses the anon key as a user token", async () => {
    const response = await auth.fetchAuth("/user", {
      headers: { Authorization: `Bearer ${auth.stack.keys.anonKey}` },
    });
    expect(response.status).toBe(403);
    expect((await response.json()) as object).toMatchObject({ code: "bad_jwt" });
  });
});

describe("what Atrium leaves off", () => {
  it("refuses anonymous sign-ins as anonymous_provider_disabled", async () => {
    const { error } = await auth.client().auth.signInAnonymously();
    expect(error?.status).toBe(422);
    expect(error?.code).toBe("anonymous_provider_disabled");
  });
});

describe("redirects", () => {
  it("sends links for a redirect outside the allow-list to the Site URL instead", async () => {
    const email = uniqueEmail("redirect");
    await portalSignUp(auth.client(), email, { emailRedirectTo: "https://evil.example/steal" });
    const { token_hash, redirect_to } = auth.hook.last(email, "signup").email_data;
    expect(redirect_to).toBe(SITE_URL);
    const link = `${auth.stack.url}/auth/v1/verify?token=${token_hash}&type=signup&redirect_to=${encodeURIComponent("https://evil.example/steal")}`;
    const location = (await fetch(link, { redirect: "manual" })).headers.get("location") ?? "";
    expect(location.startsWith(`${SITE_URL}#access_token=`)).toBe(true);
  });
});

describe("external providers", () => {
  it("answers an OAuth redirect for a provider that is not enabled with 400", async () => {
    const { data } = await auth.client().auth.signInWithOAuth({
      provider: "github",
      options: { skipBrowserRedirect: true },
    });
    const response = await fetch(data.url ?? "", {
      headers: { "X-Supabase-Api-Version": "2024-01-01" },
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: "validation_failed",
      message: "Unsupported provider: provider github is not enabled",
    });
  });
});

describe("browser access", () => {
  it("answers the CORS preflight and exposes the error code and Retry-After", async () => {
    const preflight = await fetch(`${auth.stack.url}/auth/v1/token?grant_type=password`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5174",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers":
          "apikey, authorization, content-type, x-client-info, x-supabase-api-version",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5174");
    const response = await auth.fetchAuth("/user", {
      headers: { Origin: "http://localhost:5174" },
    });
    const exposed = (response.headers.get("access-control-expose-headers") ?? "").toLowerCase();
    expect(exposed).toContain("x-sb-error-code");
    expect(exposed).toContain("x-supabase-api-version");
    expect(exposed).toContain("retry-after");
  });

  it("lets auth-js read claims of an HS256 session (getClaims verifies through GET /user)", async () => {
    const { email } = await confirmedAccount(auth, { label: "claims" });
    const client = auth.client();
    await client.auth.signInWithPassword({ email, password: "correct horse" });
    const { data, error } = await client.auth.getClaims();
    expect(error).toBeNull();
    expect(data?.claims).toMatchObject({ email, role: "authenticated", aal: "aal1" });
  });
});
