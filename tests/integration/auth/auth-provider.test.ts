// The Refine authProvider from supabase/client over the real stack: login, logout, check (an
// expired session goes to the login page), getIdentity with the profile's role, onError, and the
// sign-up and password flows, the second-factor gate (mfaPath); plus the REST side of bad tokens,
// which onError must act on.
import type { SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { createAuthProvider } from "../../../supabase/client/auth-provider";
import { signJwt } from "../../../supabase/local/keys";
import { TEST_JWT_SECRET } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";
import { confirmedAccount } from "./support/accounts";
import { authStackForFile, portalSignupData, SITE_URL, uniqueEmail } from "./support/auth-stack";
import { enrollAndVerify, enrollTotp, totpCode } from "./support/mfa";

const auth = authStackForFile();

/** A browser-like client whose storage the test can reach into, as localStorage would be. */
function browserClient(): { supabase: SupabaseClient; storage: Map<string, string> } {
  const storage = new Map<string, string>();
  const supabase = nodeClient(auth.stack.url, auth.stack.keys.anonKey, {
    auth: {
      persistSession: true,
      storage: {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => {
          storage.set(key, value);
        },
        removeItem: (key) => {
          storage.delete(key);
        },
      },
    },
  });
  return { supabase, storage };
}

const account = (role: "client" | "team" | "admin", fullName = "Provider Person") =>
  confirmedAccount(auth, { label: `provider-${role}`, role, fullName });

/**
 * Signs in with the password on a fresh browser client and expects the provider to stop at the
 * second-factor `step`, both on login and on the next check; answers the client and provider.
 */
async function passwordSignInStopsAt(
  email: string,
  options: Parameters<typeof createAuthProvider>[1],
  step: string,
) {
  const { supabase } = browserClient();
  const provider = createAuthProvider(supabase, options);
  expect(await provider.login({ email, password: "correct horse" })).toEqual({
    success: true,
    redirectTo: step,
  });
  expect(await provider.check()).toEqual({ authenticated: false, redirectTo: step });
  return { supabase, provider };
}

describe("authProvider", () => {
  it("logs in, passes check, and names the person with their profile role", async () => {
    const { id, email } = await account("team", "Tess Team");
    const { supabase } = browserClient();
    const provider = createAuthProvider(supabase, { allowedRoles: ["team", "admin"] });
    expect(await provider.login({ email, password: "correct horse" })).toEqual({
      success: true,
      redirectTo: "/",
    });
    expect(await provider.check()).toEqual({ authenticated: true });
    expect(await provider.getIdentity?.()).toEqual({
      id,
      email,
      name: "Tess Team",
      role: "team",
      company_id: null,
      locale: "en",
    });
    expect(await provider.getPermissions?.()).toBe("team");
  });

  it("reports a wrong password with GoTrue's code", async () => {
    const { email } = await account("client");
    const result = await createAuthProvider(browserClient().supabase).login({
      email,
      password: "wrong horse",
    });
    expect(result.success).toBe(false);
    expect(result.error?.name).toBe("invalid_credentials");
  });

  it("turns away a role the app does not admit and keeps no session", async () => {
    const { email } = await account("client");
    const { supabase } = browserClient();
    const provider = createAuthProvider(supabase, { allowedRoles: ["team", "admin"] });
    const result = await provider.login({ email, password: "correct horse" });
    expect(result.success).toBe(false);
    expect(result.error?.name).toBe("role_not_allowed");
    expect((await provider.check()).authenticated).toBe(false);
  });

  it("logs out: the server session ends and check sends to the login page", async () => {
    const { email } = await account("client");
    const { supabase } = browserClient();
    const provider = createAuthProvider(supabase, { loginPath: "/sign-in" });
    await provider.login({ email, password: "correct horse" });
    const token = (await supabase.auth.getSession()).data.session?.access_token ?? "";
    expect(await provider.logout({})).toEqual({ success: true, redirectTo: "/sign-in" });
    expect(await provider.check()).toMatchObject({
      authenticated: false,
      logout: true,
      redirectTo: "/sign-in",
    });
    expect((await auth.client().auth.getUser(token)).error?.name).toBe("AuthSessionMissingError");
  });

  it("sends an expired session whose refresh is refused to the login page", async () => {
    const { email } = await account("client");
    const { supabase, storage } = browserClient();
    const provider = createAuthProvider(supabase);
    await provider.login({ email, password: "correct horse" });
    const session = (await supabase.auth.getSession()).data.session;
    // Ended elsewhere (another device signed out everywhere) and the access token has expired.
    await auth.admin().auth.admin.signOut(session?.access_token ?? "", "global");
    const key = [...storage.keys()].find((name) => name.endsWith("-auth-token")) ?? "";
    const stored = JSON.parse(storage.get(key) ?? "{}") as Record<string, unknown>;
    storage.set(key, JSON.stringify({ ...stored, expires_at: Math.floor(Date.now() / 1000) - 60 }));

    expect(await provider.check()).toMatchObject({
      authenticated: false,
      logout: true,
      redirectTo: "/login",
    });
  });

  it("logs out on 401/403 and PostgREST's JWT errors, and not on other failures", async () => {
    const provider = createAuthProvider(browserClient().supabase);
    for (const error of [
      { statusCode: 401, message: "unauthorized" },
      { status: 403, message: "forbidden" },
      { code: "PGRST301", statusCode: Number.NaN, message: "bad token" },
      { code: "PGRST303", statusCode: Number.NaN, message: "JWT expired" },
    ]) {
      expect(await provider.onError(error)).toMatchObject({ logout: true, redirectTo: "/login" });
    }
    expect(await provider.onError({ statusCode: 404, message: "missing" })).toEqual({});
    expect(await provider.onError({ code: "23505", statusCode: 23505 })).toEqual({});
  });

  it("registers through sign-up and asks to check the email", async () => {
    const email = uniqueEmail("provider-register");
    const provider = createAuthProvider(browserClient().supabase, {
      confirmUrl: `${SITE_URL}/confirm`,
    });
    const result = await provider.register?.({
      email,
      password: "correct horse",
      ...portalSignupData(),
    });
    expect(result).toMatchObject({
      success: true,
      successNotification: { message: "Check your email" },
    });
    const call = auth.hook.last(email, "signup");
    expect(call.email_data.redirect_to).toBe(`${SITE_URL}/confirm`);
  });

  it("resets a forgotten password through the recovery email and updatePassword", async () => {
    const { email } = await account("client");
    const { supabase } = browserClient();
    const provider = createAuthProvider(supabase, { resetPasswordUrl: `${SITE_URL}/reset` });
    expect((await provider.forgotPassword?.({ email }))?.success).toBe(true);
    const { token_hash, redirect_to } = auth.hook.last(email, "recovery").email_data;
    expect(redirect_to).toBe(`${SITE_URL}/reset`);
    await supabase.auth.verifyOtp({ token_hash, type: "recovery" });
    const mismatch = await provider.updatePassword?.({
      password: "new one 1",
      confirmPassword: "new one 2",
    });
    expect(mismatch?.success).toBe(false);
    expect(
      await provider.updatePassword?.({ password: "new one 1", confirmPassword: "new one 1" }),
    ).toEqual({
      success: true,
      redirectTo: "/",
    });
    expect(
      (await createAuthProvider(browserClient().supabase).login({ email, password: "new one 1" }))
        .success,
    ).toBe(true);
  });
});

describe("REST and Auth tokens", () => {
  it("refuses expired and tampered access tokens with PGRST303 / PGRST301, which onError logs out on", async () => {
    const { id, email } = await account("client");
    const signedIn = await auth
      .client()
      .auth.signInWithPassword({ email, password: "correct horse" });
    const good = signedIn.data.session?.access_token ?? "";
    const ok = await auth.stack.client(good).from("profiles").select("id").eq("id", id);
    expect(ok.error).toBeNull();
    expect(ok.data).toEqual([{ id }]);

    const expired = await signJwt(TEST_JWT_SECRET, { sub: id, role: "authenticated" }, -120);
    const [header, payload, signature] = good.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as object;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: "service_role" })).toString("base64url")}.${signature}`;

    const provider = createAuthProvider(browserClient().supabase);
    const cases: [string, string][] = [
      [expired, "PGRST303"],
      [tampered, "PGRST301"],
    ];
    for (const [token, code] of cases) {
      const { error, status } = await auth.stack.client(token).from("profiles").select("id");
      expect(status).toBe(401);
      expect(error?.code).toBe(code);
      expect(
        await provider.onError({ ...error, statusCode: Number.parseInt(error?.code ?? "", 10) }),
      ).toMatchObject({
        logout: true,
      });
    }
  });

  it("sends a password-only session of a member with a verified factor to the code step", async () => {
    const { email } = await account("team");
    const options = { allowedRoles: ["team", "admin"], mfaPath: "/login/code" } as const;
    const first = browserClient().supabase;
    const firstProvider = createAuthProvider(first, options);
    // Without a factor nothing changes: one step, as for the demo logins.
    expect(await firstProvider.login({ email, password: "correct horse" })).toEqual({
      success: true,
      redirectTo: "/",
    });
    expect(await firstProvider.check()).toEqual({ authenticated: true });
    const factor = await enrollAndVerify(first, "Phone");
    expect(await firstProvider.check()).toEqual({ authenticated: true });

    const { supabase, provider } = await passwordSignInStopsAt(email, options, "/login/code");
    // The session is kept for the code step; the portal (no mfaPath) would let it through.
    expect(await createAuthProvider(supabase).check()).toEqual({ authenticated: true });

    const { error } = await supabase.auth.mfa.challengeAndVerify({
      factorId: factor.id,
      // The enrollment spent the current step; the next one is inside the skew window.
      code: await totpCode(factor.secret, 1),
    });
    expect(error).toBeNull();
    expect(await provider.check()).toEqual({ authenticated: true });
  });

  it("sends a member without a verified factor to enroll when the app requires one", async () => {
    const { email } = await account("team");
    const options = {
      allowedRoles: ["team", "admin"],
      mfaPath: "/login/code",
      mfaEnrollPath: "/login/enroll",
    } as const;
    const { supabase, provider } = await passwordSignInStopsAt(email, options, "/login/enroll");
    // An unconfirmed factor changes nothing; a confirmed one reaches aal2 and opens the pages.
    const factor = await enrollTotp(supabase, "Phone");
    expect(await provider.check()).toEqual({ authenticated: false, redirectTo: "/login/enroll" });
    const { error } = await supabase.auth.mfa.challengeAndVerify({
      factorId: factor.id,
      code: await totpCode(factor.secret),
    });
    expect(error).toBeNull();
    expect(await provider.check()).toEqual({ authenticated: true });
  });
});
