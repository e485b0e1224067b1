// An admin sets when a client's beta grant ends, changes it, and revokes the grant (after a yes):
// the grant reads Expired or Revoked in the admin, and the client's portal stops offering the
// product's downloads at once, because the database no longer shows them the builds.
import { expect, type Page, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToAdmin, signInToPortal } from "./support/sign-in";
import { betaProductModules, staffSignInModules, warmAdminModules } from "./support/warm-up";

test.beforeAll(() => warmAdminModules([...staffSignInModules, ...betaProductModules]));

async function setExpiry(page: Page, grantee: string, day: string) {
  const grant = page.getByRole("row").filter({ hasText: grantee });
  await grant.getByRole("button", { name: /^(Set|Change) expiry$/ }).click();
  const dialog = page.getByRole("dialog", { name: `When does ${grantee}'s access end?` });
  await dialog.getByLabel("Access ends on").fill(day);
  // Enter takes the typed day and submits the form, as the Save expiry button does.
  await dialog.getByLabel("Access ends on").press("Enter");
  await expect(dialog).toBeHidden();
}

test("an admin sets a grant's expiry, changes it and revokes it; the portal follows", async ({
  page,
  browser,
}) => {
  // Two apps, two sign-ins (one with a second factor) and an upload: more than one page's time.
  test.slow();
  const stamp = Date.now();
  const email = `gus.${stamp}@tester.test`;
  const grantee = `Gus Grantee ${stamp}`;
  const sql = database();
  try {
    const userId = await createClientLogin(email, grantee);
    await sql`
      insert into public.beta_access (product_id, profile_id)
      select id, ${userId} from public.products where slug = 'atrium-mobile'`;
    const client = await browser.newPage();
    await signInToPortal(client, email);
    const portalBeta = `${product().portal}/beta`;
    const download = client.getByRole("button", { name: /^Download 0\.9\.0/ });
    await client.goto(portalBeta);
    // The first visit builds the beta page's chunk in the dev server: allow for a busy machine.
    await expect(download).toBeVisible({ timeout: 60_000 });

    await signInToAdmin(page, "admin@atrium.test");
    await page.getByRole("menuitem", { name: "Beta products" }).click();
    await page.getByRole("link", { name: "Atrium Mobile" }).click();
    const grant = page.getByRole("row").filter({ hasText: grantee });
    await expect(grant).toContainText("Active");

    await setExpiry(page, grantee, "2026-01-15");
    await expect(grant).toContainText("15 Jan 2026");
    await expect(grant).toContainText("Expired");
    await client.reload();
    await expect(client.getByText("No beta access yet.", { exact: false })).toBeVisible();
    await expect(download).toHaveCount(0);

    await setExpiry(page, grantee, "2099-03-01");
    await expect(grant).toContainText("1 Mar 2099");
    await expect(grant).toContainText("Active");
    await client.reload();
    await expect(download).toBeVisible();

    await grant.getByRole("button", { name: "Revoke" }).click();
    const question = page.getByRole("tooltip");
    await expect(question).toContainText(`Revoke ${grantee}'s access?`);
    await question.getByRole("button", { name: "Revoke" }).click();
    await expect(grant).toContainText("Revoked");
    await expect(grant.getByRole("button")).toHaveCount(0);
    const rows = await sql<{ expires_at: Date; is_revoked: boolean }[]>`
      select expires_at, revoked_at is not null as is_revoked
      from public.beta_access where profile_id = ${userId}`;
    expect(rows).toEqual([{ expires_at: new Date("2099-03-01T00:00:00Z"), is_revoked: true }]);
    await client.reload();
    await expect(client.getByText("No beta access yet.", { exact: false })).toBeVisible();
    await expect(download).toHaveCount(0);
    await client.close();
  } finally {
    await sql.end();
  }
});
