// Two-step sign-in for staff, required: a new team member without an authenticator app is made
// to add one before any staff page (the test reads the manual key from the page and computes
// codes with otplib), then approves a request; later a password alone reaches only the code step,
// never a staff page; removing the app on the Security page means adding one again next time.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { nodeClient } from "../support/supabase-client";
import { codeAt, factorsOf, manualKeyOf, startAppSetup, wrongCode } from "./support/mfa-users";
import { confirmedApplicant, database, product } from "./support/product";
import { submitAdminLogin } from "./support/sign-in";
import { decisionOf, openRequest } from "./support/sign-up-requests";

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

async function signOut(page: Page) {
  await page.getByRole("menuitem", { name: /logout/i }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("a new team member must add an authenticator app, then approves a request", async ({
  page,
}) => {
  // Four sign-in steps, an enrollment and a review in one journey: more than the usual budget.
  test.slow();
  const stamp = Date.now();
  const email = `mira.${stamp}@atrium.test`;
  const userId = await createTeamMember(email);
  const applicant = `nadia.${stamp}@example.test`;
  const company = `Nadia Robotics ${stamp}`;
  await confirmedApplicant(applicant, "Nadia Noor", company);

  // The password alone leads to adding an app, and no staff page opens before it is done.
  await submitAdminLogin(page, email);
  await expect(page).toHaveURL(/\/login\/enroll/);
  await expect(page.getByRole("heading", { name: "Set up two-step sign-in" })).toBeVisible();
  expect(await latestSessionLevel(userId)).toBe("aal1");
  await page.goto(`${product().admin}/signup-requests`);
  await expect(page).toHaveURL(/\/login\/enroll/);
  await page.goto(`${product().admin}/people`);
  await expect(page).toHaveURL(/\/login\/enroll/);
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toHaveCount(0);

  const secret = await startAppSetup(page, userId, "Work phone", "Set up");

  // A wrong code is refused next to the field, in Auth's words; the right one opens the admin.
  await page.getByLabel("Code from the app").fill(await wrongCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText(invalidCode)).toBeVisible();
  await page.getByLabel("Code from the app").fill(await codeAt(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  // Back to the page they last asked for (People), now open to them.
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await expect(page).toHaveURL(/\/people/);
  expect((await factorsOf(userId)).map((factor) => factor.status)).toEqual(["verified"]);
  expect(await latestSessionLevel(userId)).toBe("aal2");

  // Staff work now goes through: the new member approves the confirmed request.
  await page.getByRole("menuitem", { name: "Sign-up requests" }).click();
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
  await openRequest(page, company);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Request approved: the client has been emailed")).toBeVisible();
  expect(await decisionOf(applicant)).toEqual({
    status: "approved",
    reviewer: email,
    reason: null,
  });
});

test("a session at aal1 cannot open a staff page; the code opens them", async ({ page }) => {
  test.slow();
  const email = `milo.${Date.now()}@atrium.test`;
  const userId = await createTeamMember(email);
  // Signed in once, with an app added on the way (as the first test shows in detail).
  await submitAdminLogin(page, email);
  await expect(page).toHaveURL(/\/login\/enroll/);
  await page.getByRole("button", { name: "Set up" }).click();
  const secret = await manualKeyOf(page);
  await page.getByLabel("Code from the app").fill(await codeAt(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
  await signOut(page);

  // Next sign-in: the password alone reaches the code step, and no staff page.
  await submitAdminLogin(page, email);
  await expect(page).toHaveURL(/\/login\/code/);
  const codeField = page.getByLabel("Enter the code from your authenticator app");
  await expect(codeField).toBeVisible();
  expect(await latestSessionLevel(userId)).toBe("aal1");
  for (const staffPage of ["signup-requests", "companies", "people", "security"]) {
    await page.goto(`${product().admin}/${staffPage}`);
    await expect(page).toHaveURL(/\/login\/code/);
    await expect(codeField).toBeVisible();
  }

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

  // Removing the only app on the Security page means adding one again at the next sign-in.
  await page.getByRole("menuitem", { name: "Security" }).click();
  const factorRow = page.getByRole("row").filter({ hasText: "Authenticator app" });
  await factorRow.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Authenticator app removed")).toBeVisible();
  expect(await factorsOf(userId)).toEqual([]);
  await signOut(page);
  await submitAdminLogin(page, email);
  await expect(page).toHaveURL(/\/login\/enroll/);
});
