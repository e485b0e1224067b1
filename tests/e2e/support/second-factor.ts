// The admin's second sign-in step as a staff member with an authenticator app does it: the code
// is computed with otplib from the factor's secret (read from auth.mfa_factors, or from the page
// when the admin makes a new member enroll). Auth accepts each 30 s step once per factor, and the
// e2e tests share one product, so the step is chosen after the last one Auth accepted.
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { SupabaseClient } from "@supabase/supabase-js";
import { generate, generateSecret } from "otplib";
import { addVerifiedTotpFactor } from "../../../supabase/seed/auth-users";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-data";
import { nodeClient } from "../../support/supabase-client";
import { chooseStep, TOTP_PERIOD_SECONDS } from "../../support/totp-steps";
import { patient } from "./patience";
import { database, product } from "./product";

interface FactorState {
  id: string;
  secret: string;
  lastStep: number | null;
}

/** The person's verified TOTP factor and the last step Auth accepted for it. */
async function verifiedFactorOf(email: string): Promise<FactorState | undefined> {
  const sql = database();
  try {
    const [factor] = await sql<FactorState[]>`
      select f.id, f.secret, s.time_step::float8 as "lastStep"
      from auth.mfa_factors f
      join auth.users u on u.id = f.user_id
      left join auth.mfa_totp_used_steps s on s.factor_id = f.id
      where lower(u.email) = lower(${email}) and f.status = 'verified' and f.factor_type = 'totp'
      order by f.created_at
      limit 1`;
    return factor;
  } finally {
    await sql.end();
  }
}

/** Time spent in this process waiting for an unspent step, for the suite's cost report. */
export const waited = { ms: 0 };

/** A code for `secret` in a step after `lastStep`, waiting for one when all are spent. */
export async function unspentCode(secret: string, lastStep: number | null): Promise<string> {
  const { step, waitMs } = chooseStep(lastStep ?? undefined, Date.now());
  if (waitMs > 0) {
    waited.ms += waitMs;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return generate({ secret, epoch: step * TOTP_PERIOD_SECONDS });
}

/** Whether the page is on one of the second-factor steps (by path: `?to=` may name them too). */
const onFactorStep = (url: URL) => /^\/login\/(code|enroll)$/.test(url.pathname);

/** Types the authenticator code on `/login/code`. */
export async function typeSecondFactor(page: Page, email: string): Promise<void> {
  const factor = await verifiedFactorOf(email);
  if (!factor) {
    throw new Error(`${email} has no verified authenticator app`);
  }
  const field = page.getByLabel("Enter the code from your authenticator app");
  await expect(field).toBeVisible(patient);
  await field.fill(await unspentCode(factor.secret, factor.lastStep));
  await page.getByRole("button", { name: "Verify" }).click();
}

/**
 * On `/login/enroll`: adds an authenticator app, reading the manual key the page shows; returns
 * the secret.
 */
export async function enrollOnPage(page: Page, appName = "Authenticator app"): Promise<string> {
  await expect(page.getByLabel("Name of the app or device")).toBeVisible(patient);
  await page.getByLabel("Name of the app or device").fill(appName);
  await page.getByRole("button", { name: "Set up" }).click();
  const key = page.getByLabel("Manual key");
  await expect(key).toBeVisible(patient);
  const secret = ((await key.textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await unspentCode(secret, null));
  await page.getByRole("button", { name: "Confirm" }).click();
  return secret;
}

/**
 * After the password: whichever second-factor page the admin shows (the code, or enrolling a
 * first app for a member without one), done as the person would.
 */
export async function passSecondFactor(page: Page, email: string): Promise<void> {
  const started = Date.now();
  const waitedBefore = waited.ms;
  await expect(page).toHaveURL(onFactorStep, patient);
  const kind = new URL(page.url()).pathname === "/login/enroll" ? "enroll" : "code";
  if (kind === "enroll") {
    await enrollOnPage(page);
  } else {
    await typeSecondFactor(page, email);
  }
  await expect(page).not.toHaveURL(onFactorStep, patient);
  // What the second factor costs the suite: one JSON line per sign-in, summed after a run.
  await mkdir("test-results", { recursive: true });
  const line = { email, kind, ms: Date.now() - started, waitedMs: waited.ms - waitedBefore };
  await appendFile(
    path.join("test-results", "second-factor-timings.jsonl"),
    `${JSON.stringify(line)}\n`,
  );
}

/** Gives an existing user a verified authenticator app of their own; returns its secret. */
export async function giveAuthenticator(userId: string): Promise<string> {
  const secret = generateSecret();
  const sql = database();
  try {
    await addVerifiedTotpFactor(sql, userId, secret, "Test authenticator");
  } finally {
    await sql.end();
  }
  return secret;
}

/**
 * A supabase-js client signed in as a staff member at aal2, as the admin signs in: the password,
 * then `challengeAndVerify` with an unspent code of their verified factor.
 */
export async function staffApiClient(
  email: string,
  password = DEMO_PASSWORD,
): Promise<SupabaseClient> {
  const { api, anonKey } = product();
  const client = nodeClient(api, anonKey);
  const signIn = await client.auth.signInWithPassword({ email, password });
  expect(signIn.error).toBeNull();
  const factor = await verifiedFactorOf(email);
  if (!factor) {
    throw new Error(`${email} has no verified authenticator app`);
  }
  const verified = await client.auth.mfa.challengeAndVerify({
    factorId: factor.id,
    code: await unspentCode(factor.secret, factor.lastStep),
  });
  expect(verified.error).toBeNull();
  return client;
}
