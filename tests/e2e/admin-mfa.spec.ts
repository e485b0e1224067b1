// Two-step sign-in for staff: a new team member adds an authenticator app on the Security page
// (the test reads the manual key from the page and computes codes with otplib), is then asked for
// a code after the password before any staff page, and is back to one step once it is removed.
import { expect, type Page, test } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { nodeClient } from "../support/supabase-client";
import { database, product } from "./support/product";
import { signInToAdmin, submitAdminLogin } from "./support/sign-in";

const invalidCode = "Invalid TOTP code entered";

/** A team login of its own, made as an admin would through the Auth admin API. */
async function createTeamMember(email: string): Promise<string> {
  const { api, serviceRoleKey } = product();
  const { data, error } = await nodeClient(api, serviceRoleKey).auth.admin.createUser({
    email,
    password: DEMO_PASSWORD,
    email_confirm: true,
    app_metadata: { atrium_role: "team" },
    user_metadata: { full_name: "Mira Factor" },
  });
  if (error) {
    throw error;
  }
  return data.user.id;
}

async function factorsOf(userId: string) {
  const sql = database();
  try {
    return await sql<{ friendly_name: string; status: string; secret: string }[]>`
      select friendly_name, status::text as status, secret from auth.mfa_factors
      where user_id = ${userId} order by created_at`;
  } finally {
    await sql.end();
  }
}

async function latestSessionLevel(userId: string) {
  const sql = database();
  try {
    const [row] = await sql<{ aal: string }[]>`
      select aal::text as aal from auth.sessions where user_id = ${userId}
      order by created_at desc limit 1`;
    return row?.aal;
  } finally {
    await sql.end();
  }
}

/** The code the app shows `offsetSeconds` from now. */
function codeAt(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

/** A six-digit code that is none of those accepted around now (one step of skew either way). */
async function wrongCode(secret: string): Promise<string> {
  const valid = new Set(await Promise.all([-30, 0, 30, 60].map((at) => codeAt(secret, at))));
  let guess = 123456;
  while (valid.has(String(guess))) {
    guess += 1;
  }
  return String(guess);
}

async function signOut(page: Page) {
  await page.getByRole("menuitem", { name: /logout/i }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("a team member adds an authenticator app and then signs in with its code", async ({
  page,
}) => {
  // Five sign-ins and three page loads in one journey: more than one test's usual budget.
  test.slow();
  const email = `mira.${Date.now()}@atrium.test`;
  const userId = await createTeamMember(email);

  // Without a factor, sign-in is one step, as for every demo login.
  await signInToAdmin(page, email);
  await page.getByRole("menuitem", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security" })).toBeVisible();
  await expect(page.getByText("No authenticator app yet")).toBeVisible();

  await page.getByLabel("Name of the app or device").fill("Work phone");
  await page.getByRole("button", { name: "Set up" }).click();
  const qr = page.getByRole("img", { name: "QR code to add your Atrium account to Work phone" });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
  const secret = ((await page.getByLabel("Manual key").textContent()) ?? "").replace(/\s/g, "");
  expect(await factorsOf(userId)).toEqual([
    { friendly_name: "Work phone", status: "unverified", secret },
  ]);

  // A wrong code is refused next to the field, in Auth's words.
  await page.getByLabel("Code from the app").fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText(invalidCode)).toBeVisible();
  await page.getByLabel("Code from the app").fill(await codeAt(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Work phone is set up")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Work phone" })).toContainText("Active");
  expect((await factorsOf(userId)).map((factor) => factor.status)).toEqual(["verified"]);

  // Next sign-in: the password alone reaches the code step, and no staff page.
  await signOut(page);
  await submitAdminLogin(page, email);
  await expect(page).toHaveURL(/\/login\/code/);
  const codeField = page.getByLabel("Enter the code from your authenticator app");
  await expect(codeField).toBeVisible();
  expect(await latestSessionLevel(userId)).toBe("aal1");
  await page.goto(`${product().admin}/signup-requests`);
  await expect(page).toHaveURL(/\/login\/code/);
  await expect(codeField).toBeVisible();

  // Cancel signs out.
  await page.getByRole("button", { name: "Cancel and sign out" }).click();
  await expect(page).toHaveURL(/\/login$|\/login\?/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(codeField).toBeVisible();
  await codeField.fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(invalidCode)).toBeVisible();
  // The code of the enrollment's step is spent; the next step's is inside the skew window.
  await codeField.fill(await codeAt(secret, 30));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
  expect(await latestSessionLevel(userId)).toBe("aal2");

  // Removing the factor returns the account to one-step sign-in.
  await page.getByRole("menuitem", { name: "Security" }).click();
  const row = page.getByRole("row").filter({ hasText: "Work phone" });
  await row.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Work phone removed")).toBeVisible();
  await expect(page.getByText("No authenticator app yet")).toBeVisible();
  expect(await factorsOf(userId)).toEqual([]);

  await signOut(page);
  await signInToAdmin(page, email);
  expect(await latestSessionLevel(userId)).toBe("aal1");
});
