// The local stack set up for Auth tests: the Send Email hook pointed at a recording receiver,
// relaxed limits and a cheap bcrypt cost unless a test asks otherwise, and supabase-js clients.
import type { SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { forFile } from "../../../support/for-file";
import { startTestStack, type TestStack } from "../../../support/stack";
import { nodeClient } from "../../../support/supabase-client";
import { type HookServer, startHookServer } from "./hook-server";

export const SITE_URL = "http://localhost:5174";

export interface AuthTestStack {
  stack: TestStack;
  hook: HookServer;
  /** The test database as its superuser, for reading what Auth wrote and setting up states. */
  sql: postgres.Sql;
  /** A fresh anon client (its own in-memory session), optionally in PKCE mode. */
  client(options?: { flowType?: "implicit" | "pkce" }): SupabaseClient;
  /** A client holding the service_role key, for `auth.admin`. */
  admin(): SupabaseClient;
  /** Direct fetch to /auth/v1 with the anon key, for wire-level checks. */
  fetchAuth(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * @example const auth = await startAuthStack(); afterAll(() => auth.stop());
 */
export async function startAuthStack(env: Record<string, string> = {}): Promise<AuthTestStack> {
  const hook = await startHookServer();
  const stack = await startTestStack({
    env: {
      GOTRUE_SITE_URL: SITE_URL,
      GOTRUE_URI_ALLOW_LIST: `${SITE_URL}/**,http://127.0.0.1:*/**`,
      GOTRUE_HOOK_SEND_EMAIL_URI: hook.url,
      GOTRUE_HOOK_SEND_EMAIL_SECRETS: hook.secret,
      GOTRUE_PASSWORD_HASH_COST: "4",
      GOTRUE_SMTP_MAX_FREQUENCY: "0s",
      GOTRUE_RATE_LIMIT_EMAIL_SENT: "100000",
      GOTRUE_RATE_LIMIT_TOKEN_REFRESH: "100000",
      GOTRUE_RATE_LIMIT_VERIFY: "100000",
      GOTRUE_RATE_LIMIT_OTP: "100000",
      ...env,
    },
  });
  const sql = postgres(stack.db.superuserUrl, { max: 2, onnotice: () => {} });
  const make = (key: string, flowType: "implicit" | "pkce" = "implicit") =>
    nodeClient(stack.url, key, { auth: { flowType } });
  return {
    stack,
    hook,
    sql,
    client: (options) => make(stack.keys.anonKey, options?.flowType),
    admin: () => make(stack.keys.serviceRoleKey),
    fetchAuth: (path, init = {}) =>
      fetch(`${stack.url}/auth/v1${path}`, {
        ...init,
        headers: {
          apikey: stack.keys.anonKey,
          "Content-Type": "application/json",
          "X-Supabase-Api-Version": "2024-01-01",
          ...(init.headers as Record<string, string> | undefined),
        },
      }),
    async stop() {
      await sql.end();
      await stack.stop();
      await hook.stop();
    },
  };
}

/** Sign-up `data` the portal sends; the sign-up trigger requires full_name and company_name. */
export function portalSignupData(fullName = "Ada Lovelace"): Record<string, unknown> {
  return {
    full_name: fullName,
    company_name: "Analytical Engines Ltd",
    details: { project_type: "web", budget: "10k-25k", message: "A portal for our clients" },
    source: "portal",
    utm: { campaign: "launch" },
    locale: "en",
  };
}

/** The password of every sign-up the portal helper makes. */
export const SIGNUP_PASSWORD = "correct horse";

/**
 * Signs `email` up as the portal does: the portal's sign-up data and SIGNUP_PASSWORD.
 * @example const { data, error } = await portalSignUp(auth.client(), uniqueEmail("x"));
 */
export function portalSignUp(
  client: SupabaseClient,
  email: string,
  options: { fullName?: string; emailRedirectTo?: string } = {},
) {
  const { fullName, emailRedirectTo } = options;
  return client.auth.signUp({
    email,
    password: SIGNUP_PASSWORD,
    options: { data: portalSignupData(fullName), ...(emailRedirectTo ? { emailRedirectTo } : {}) },
  });
}

let counter = 0;
/** A unique address per call, so tests in one file never collide. */
export function uniqueEmail(label = "user"): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.com`;
}

/**
 * The auth stack of one test file, started before its tests and stopped after.
 * @example const auth = authStackForFile({ GOTRUE_RATE_LIMIT_OTP: "3" });
 */
export function authStackForFile(env: Record<string, string> = {}): AuthTestStack {
  return forFile(
    () => startAuthStack(env),
    (auth) => auth.stop(),
  );
}
