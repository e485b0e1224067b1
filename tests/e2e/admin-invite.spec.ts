// An admin invites a client contact from the People page: the invitation reaches the mailbox, its
// link signs the person in on the portal, they choose a password and see their company's portal.
// A revoked invitation's link no longer signs anyone in.
import { expect, type Page, test } from "@playwright/test";
import { demoLogins } from "../../supabase/seed/logins";
import { followMailLink, mailPage, product, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

const patient = { timeout: 60_000 };

async function invite(page: Page, email: string, fullName: string) {
  const card = page.locator(".ant-card", { hasText: "Pending invitations" });
  await card.getByRole("button", { name: "Invite someone" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite someone" });
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Full name").fill(fullName);
  // Other specs add companies: search, so the option is among those the list renders.
  await dialog.getByLabel("Company").fill("Northwind");
  await page.locator('.ant-select-item-option[title="Northwind Traders"]').click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  // The function's first call boots Deno; on a shared machine that takes a while.
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible(patient);
  await expect(dialog).toBeHidden();
  return card;
}

test("an admin invites a client contact who accepts by email and lands on the portal", async ({
  page,
}) => {
  test.slow();
  const email = `cora.${Date.now()}@example.test`;
  await signInToAdmin(page, demoLogins.admin);
  await page.goto(`${product().admin}/people`);

  // Bad input is answered next to its field, not as a failure of the page.
  const card = page.locator(".ant-card", { hasText: "Pending invitations" });
  await card.getByRole("button", { name: "Invite someone" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite someone" });
  await dialog.getByLabel("Email").fill(demoLogins.clientA);
  // Other specs add companies: search, so the option is among those the list renders.
  await dialog.getByLabel("Company").fill("Northwind");
  await page.locator('.ant-select-item-option[title="Northwind Traders"]').click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Someone already signs in with this address.")).toBeVisible(
    patient,
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await invite(page, email, "Cora Contact");
  await expect(card.getByRole("cell", { name: email })).toBeVisible();

  const mail = await waitForMail(email, /invited you to Atrium$/);
  expect(mail.text).toContain("to follow the projects of Northwind Traders");
  await page.goto(mailPage(mail.id));
  const portal = await followMailLink(page, "Accept the invitation");
  await expect(portal.getByRole("heading", { name: "Accept your invitation" })).toBeVisible();
  await portal.getByRole("button", { name: "Accept the invitation" }).click();
  await portal.getByLabel("New password").fill("a fresh invite password");
  await portal.getByLabel("Repeat the password").fill("a fresh invite password");
  await portal.getByRole("button", { name: "Save the password" }).click();
  await expect(portal.getByText("Your account is ready.", { exact: true })).toBeVisible();
  await expect(portal).toHaveURL(`${product().portal}/`);
  await expect(portal.getByText("Northwind Traders").first()).toBeVisible();

  // Accepted: no longer pending.
  await page.goto(`${product().admin}/people`);
  await expect(card.getByText(email)).toHaveCount(0);
});

test("a revoked invitation's link signs nobody in", async ({ page }) => {
  test.slow();
  const email = `rex.${Date.now()}@example.test`;
  await signInToAdmin(page, demoLogins.admin);
  await page.goto(`${product().admin}/people`);
  const card = await invite(page, email, "Rex Revoked");
  const mail = await waitForMail(email, /invited you to Atrium$/);

  const row = card.getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke" }).last().click();
  await expect(page.getByText(`The invitation of ${email} was revoked`)).toBeVisible();
  await expect(card.getByText(email)).toHaveCount(0);

  await page.goto(mailPage(mail.id));
  const portal = await followMailLink(page, "Accept the invitation");
  await portal.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(portal.getByText(/expired or has already been used|invalid/i)).toBeVisible();
  await expect(portal.getByLabel("New password")).toHaveCount(0);
});
