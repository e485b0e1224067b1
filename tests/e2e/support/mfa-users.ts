// Logins with an authenticator app already set up, made the way a person would (admin API for the
// account, then enroll + verify through supabase-js), and the codes their app would show.
import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-data";
import { nodeClient } from "../../support/supabase-client";
import { database, product } from "./product";

export interface MfaLogin {
  id: string;
  email: string;
  /** The TOTP secret, as the app holds it. */
  secret: string;
}

/** The code the app shows `offsetSeconds` from now. */
export function codeAt(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

/** A six-digit code that is none of those accepted around now (one step of skew either way). */
export async function wrongCode(secret: string): Promise<string> {
  const valid = new Set(await Promise.all([-30, 0, 30, 60].map((at) => codeAt(secret, at))));
  let guess = 123456;
  while (valid.has(String(guess))) {
    guess += 1;
  }
  return String(guess);
}

/**
 * A confirmed login of `role` with one verified authenticator app. The enrollment spends the
 * current code, so its first sign-in should use `codeAt(secret, 30)`.
 */
export async function loginWithFactor(
  role: "client" | "team" | "admin",
  email: string,
  fullName: string,
): Promise<MfaLogin> {
  const { api, anonKey, serviceRoleKey } = product();
  const { data, error } = await nodeClient(api, serviceRoleKey).auth.admin.createUser({
    email,
    password: DEMO_PASSWORD,
    email_confirm: true,
    app_metadata: { atrium_role: role },
    user_metadata: { full_name: fullName },
  });
  if (error) {
    throw error;
  }
  const client = nodeClient(api, anonKey);
  const signedIn = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
  if (signedIn.error) {
    throw signedIn.error;
  }
  const enrolled = await client.auth.mfa.enroll({ factorType: "totp", friendlyName: "Phone" });
  if (enrolled.error) {
    throw enrolled.error;
  }
  const secret = enrolled.data.totp.secret;
  const verified = await client.auth.mfa.challengeAndVerify({
    factorId: enrolled.data.id,
    code: await codeAt(secret),
  });
  if (verified.error) {
    throw verified.error;
  }
  await client.auth.signOut({ scope: "local" });
  return { id: data.user.id, email, secret };
}

/** A person's factors as Auth stores them. */
export async function factorsOf(userId: string) {
  const sql = database();
  try {
    return await sql<{ friendly_name: string; status: string; secret: string }[]>`
      select friendly_name, status::text as status, secret from auth.mfa_factors
      where user_id = ${userId} order by created_at`;
  } finally {
    await sql.end();
  }
}

/** The manual key an app set-up page shows, without the spaces it is grouped by. */
export async function manualKeyOf(page: Page): Promise<string> {
  return ((await page.getByLabel("Manual key").textContent()) ?? "").replace(/\s/g, "");
}

/**
 * Starts adding an authenticator app named `appName` with the page's form (its button reads
 * `setUpButton`), and checks what a person would then have: a QR code for that app, and one
 * unverified factor in Auth holding the very key the page shows. @returns that key.
 * @example const secret = await startAppSetup(page, userId, "Work phone", "Set up");
 */
export async function startAppSetup(
  page: Page,
  userId: string,
  appName: string,
  setUpButton: string,
): Promise<string> {
  await page.getByLabel("Name of the app or device").fill(appName);
  await page.getByRole("button", { name: setUpButton }).click();
  const qr = page.getByRole("img", { name: `QR code to add your Atrium account to ${appName}` });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
  const secret = await manualKeyOf(page);
  expect(await factorsOf(userId)).toEqual([
    { friendly_name: appName, status: "unverified", secret },
  ]);
  return secret;
}
