// An admin resets a team member's two-step sign-in (they lost their phone): the admin signs in
// with their own code, confirms the reset on the member's People page, and the member's factors
// are gone, the audit log names the admin, and the member has an email about it.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { codeAt, factorsOf, loginWithFactor, type MfaLogin } from "./support/mfa-users";
import { database, product, waitForMail } from "./support/product";

/** Password, then the authenticator code: the admin's session reaches aal2. */
async function signInWithCode(page: Page, login: MfaLogin) {
  await page.goto(`${product().admin}/login`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\/code/);
  await page
    .getByLabel("Enter the code from your authenticator app")
    .fill(await codeAt(login.secret, 30));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
}

async function resetEntries(userId: string) {
  const sql = database();
  try {
    return await sql<{ actor_id: string; action: string }[]>`
      select actor_id, action::text as action from public.audit_logs
      where table_name = 'auth.mfa_factors' and record_id = ${userId}`;
  } finally {
    await sql.end();
  }
}

test("an admin resets a team member's two-step sign-in after a confirmation", async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const admin = await loginWithFactor("admin", `ada.${stamp}@atrium.test`, "Ada Resetter");
  const member = await loginWithFactor("team", `theo.${stamp}@atrium.test`, "Theo Lostphone");
  expect(await factorsOf(member.id)).toHaveLength(1);
  try {
    await resetAsAdmin(page, admin, member);
  } finally {
    // Other specs count on admin@atrium.test being the one admin (the last-admin guard).
    const sql = database();
    await sql`update public.profiles set role = 'client' where id = ${admin.id}`;
    await sql.end();
  }
});

async function resetAsAdmin(page: Page, admin: MfaLogin, member: MfaLogin) {
  await signInWithCode(page, admin);

  // Not offered on the admin's own page: they manage their factors on the Security page.
  await page.goto(`${product().admin}/people/${admin.id}`);
  await expect(page.getByRole("heading", { name: "Ada Resetter" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset two-step sign-in" })).toHaveCount(0);

  await page.goto(`${product().admin}/people/${member.id}`);
  await expect(page.getByRole("heading", { name: "Theo Lostphone" })).toBeVisible();
  await page.getByRole("button", { name: "Reset two-step sign-in" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset Theo Lostphone's two-step sign-in?" });
  await expect(dialog).toBeVisible();
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await factorsOf(member.id)).toHaveLength(1);

  await page.getByRole("button", { name: "Reset two-step sign-in" }).click();
  await dialog.getByRole("button", { name: "Reset" }).click();
  await expect(
    page.getByText("Theo Lostphone's two-step sign-in was reset (1 authenticator app removed)"),
  ).toBeVisible();
  expect(await factorsOf(member.id)).toEqual([]);
  expect(await resetEntries(member.id)).toEqual([{ actor_id: admin.id, action: "delete" }]);
  const mail = await waitForMail(member.email, /^Your two-step sign-in was reset$/);
  expect(mail.text).toContain("Ada Resetter reset the two-step sign-in");

  // A second reset finds nothing left and says so.
  await page.getByRole("button", { name: "Reset two-step sign-in" }).click();
  await dialog.getByRole("button", { name: "Reset" }).click();
  await expect(page.getByText("This person has no two-step sign-in to reset")).toBeVisible();
}
