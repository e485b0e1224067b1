// Staff over the real API at aal2, as the admin gets there: a password sign-in through
// supabase-js, then `auth.mfa.challengeAndVerify` with the authenticator's current code (otplib).
// Each session is cached per test process and refreshed rather than signed in again, since Auth
// accepts each 30 s code once per factor.
import type { Session } from "@supabase/supabase-js";
import { generate } from "otplib";
import { DEMO_PASSWORD, demoLogins, demoTotpSecrets } from "../../supabase/seed/logins";
import { nodeClient } from "./supabase-client";
import { chooseStep, TOTP_PERIOD_SECONDS } from "./totp-steps";

export interface StaffLogin {
  email: string;
  password: string;
  /** The base32 secret of the login's verified TOTP factor. */
  totpSecret: string;
}

/** A seeded demo staff login (its factor's secret is documented, see supabase/seed/logins.ts). */
export function demoStaffLogin(who: keyof typeof demoTotpSecrets): StaffLogin {
  return { email: demoLogins[who], password: DEMO_PASSWORD, totpSecret: demoTotpSecrets[who] };
}

interface StackAddress {
  url: string;
  keys: { anonKey: string };
}

const sessions = new Map<string, Session>();
const lastSteps = new Map<string, number>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The code for `secret` that this process has not yet sent for the factor named by `factorKey`,
 * waiting for the next 30 s step when the previous, current and next ones are spent.
 * @example await nextTotpCode(`${stack.url}|${email}`, login.totpSecret)
 */
export async function nextTotpCode(factorKey: string, secret: string): Promise<string> {
  const { step, waitMs } = chooseStep(lastSteps.get(factorKey), Date.now());
  if (waitMs > 0) {
    await sleep(waitMs);
  }
  lastSteps.set(factorKey, step);
  return generate({ secret, epoch: step * TOTP_PERIOD_SECONDS });
}

async function signInAtAal2(stack: StackAddress, login: StaffLogin): Promise<Session> {
  const client = nodeClient(stack.url, stack.keys.anonKey);
  const signIn = await client.auth.signInWithPassword({
    email: login.email,
    password: login.password,
  });
  if (signIn.error) {
    throw new Error(`staff sign-in of ${login.email}: ${signIn.error.message}`);
  }
  const factors = await client.auth.mfa.listFactors();
  const factor = factors.data?.totp.find((candidate) => candidate.status === "verified");
  if (!factor) {
    throw new Error(`${login.email} has no verified TOTP factor`);
  }
  const verified = await client.auth.mfa.challengeAndVerify({
    factorId: factor.id,
    code: await nextTotpCode(`${stack.url}|${login.email}`, login.totpSecret),
  });
  if (verified.error) {
    throw new Error(`second factor of ${login.email}: ${verified.error.message}`);
  }
  const { data } = await client.auth.getSession();
  if (!data.session) {
    throw new Error(`${login.email}: no session after the second factor`);
  }
  return data.session;
}

async function refreshed(stack: StackAddress, session: Session): Promise<Session | null> {
  const client = nodeClient(stack.url, stack.keys.anonKey);
  const { data, error } = await client.auth.refreshSession({
    refresh_token: session.refresh_token,
  });
  return error ? null : data.session;
}

/**
 * An aal2 session of a staff login on this stack: cached for the process, refreshed (which keeps
 * aal2) when it is within a minute of expiring, and signed in afresh only when that fails.
 * @example const client = stack.client((await staffSession(stack, login)).access_token);
 */
export async function staffSession(stack: StackAddress, login: StaffLogin): Promise<Session> {
  const key = `${stack.url}|${login.email}`;
  const cached = sessions.get(key);
  if (cached && (cached.expires_at ?? 0) * 1000 > Date.now() + 60_000) {
    return cached;
  }
  const session =
    (cached ? await refreshed(stack, cached) : null) ?? (await signInAtAal2(stack, login));
  sessions.set(key, session);
  return session;
}

/** The access token of `staffSession`, for `stack.client(token)`. */
export async function staffToken(stack: StackAddress, login: StaffLogin): Promise<string> {
  return (await staffSession(stack, login)).access_token;
}
