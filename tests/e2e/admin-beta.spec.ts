// Admins run the beta programme in the admin: add a product, add and publish a build, grant a
// client access (after a confirmation, because it emails them), hand out invite codes and
// revoke access again (the grant stays, shown as revoked). The team sees the same pages without
// any of those buttons.
import { expect, test } from "@playwright/test";
import { database, product, signUpOnApi, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("an admin adds a product, publishes a build, grants a client access and revokes it", async ({
  page,
}) => {
  const stamp = Date.now();
  const name = `Atrium Desktop ${stamp}`;
  const slug = `atrium-desktop-${stamp}`;
  // A fresh client, so no other test depends on their grants or their mailbox.
  const tester = { email: `tester-${stamp}@example.test`, name: `Tess Tester ${stamp}` };
  await signUpOnApi(tester.email, tester.name, "Tester Ltd");

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Beta products" }).click();
  await page.getByRole("button", { name: "New product" }).click();
  await expect(page.getByRole("heading", { name: "New product" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Slug").fill("atrium desktop");
  await expect(page.getByText("Use lower-case letters, digits and single dashes")).toBeVisible();
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Description").fill("The desktop app, for early testers.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Nobody has access yet.")).toBeVisible();

  await page.getByLabel("Version").fill("0.1.0");
  await page.getByLabel("Release notes").fill("First build.");
  await page.getByRole("button", { name: "Add build" }).click();
  const build = page.getByRole("row").filter({ hasText: "0.1.0" });
  await expect(build).toContainText("Not published");
  await build.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "Publish" }).click();
  await expect(build).toContainText("Published");
  await expect(build.getByRole("button", { name: "Publish" })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Person" }).click();
  await page.getByRole("combobox", { name: "Person" }).fill(tester.name);
  await page.getByTitle(`${tester.name} (${tester.email})`).click();
  await page.getByRole("button", { name: "Grant access" }).click();
  const dialog = page.getByRole("dialog", {
    name: `Grant ${tester.name} (${tester.email}) access?`,
  });
  await expect(dialog).toContainText("They get an email with the download page.");
  await dialog.getByRole("button", { name: "Grant and email" }).click();
  const grant = page.getByRole("row").filter({ hasText: tester.name });
  await expect(grant).toContainText("Active");

  const mail = await waitForMail(tester.email, new RegExp(`^You have access to the ${name} beta$`));
  // The link is the portal's beta page (from its route table), where the granted builds are.
  expect(mail.text).toMatch(/\/beta(\s|$)/);
  expect(mail.text).not.toContain(`/beta/${slug}`);

  await page.getByLabel("Max uses").fill("3");
  await page.getByRole("button", { name: "Create code" }).click();
  await expect(page.getByRole("row").filter({ hasText: "0 / 3" })).toHaveCount(1);

  const sql = database();
  try {
    const grants = () => sql<{ profile: string; granted_by: string }[]>`
      select p.email as profile, g.email as granted_by
      from public.beta_access a
      join public.products pr on pr.id = a.product_id
      join public.profiles p on p.id = a.profile_id
      join public.profiles g on g.id = a.granted_by
      where pr.slug = ${slug}`;
    expect(await grants()).toEqual([{ profile: tester.email, granted_by: "admin@atrium.test" }]);
    const builds = await sql<{ version: string; is_published: boolean }[]>`
      select b.version, b.published_at is not null as is_published
      from public.beta_builds b join public.products pr on pr.id = b.product_id
      where pr.slug = ${slug}`;
    expect(builds).toEqual([{ version: "0.1.0", is_published: true }]);
    const codes = await sql<{ max_uses: number; uses: number }[]>`
      select c.max_uses, c.uses
      from public.beta_invite_codes c join public.products pr on pr.id = c.product_id
      where pr.slug = ${slug}`;
    expect(codes).toEqual([{ max_uses: 3, uses: 0 }]);

    await grant.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "Revoke" }).click();
    // Revoking stamps the grant: it stays on record, shown as revoked, with nothing left to do.
    await expect(grant).toContainText("Revoked");
    await expect(grant.getByRole("button")).toHaveCount(0);
    const [revoked] = await sql<{ is_revoked: boolean }[]>`
      select a.revoked_at is not null as is_revoked
      from public.beta_access a join public.products pr on pr.id = a.product_id
      where pr.slug = ${slug}`;
    expect(revoked).toEqual({ is_revoked: true });
  } finally {
    await sql.end();
  }
});

test("a slug or a build version already taken is shown next to its field", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Beta products" }).click();
  await page.getByRole("button", { name: "New product" }).click();
  await expect(page.getByRole("heading", { name: "New product" })).toBeVisible();
  await page.getByLabel("Name").fill(`Mobile again ${Date.now()}`);
  // The seed's Atrium Mobile has this slug and a build 0.9.0. Postgres names no column in a
  // unique violation on a table with row level security, so the form reads the constraint.
  await page.getByLabel("Slug").fill("atrium-mobile");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/This value is already taken/);
  await expect(page.getByRole("heading", { name: "New product" })).toBeVisible();

  await page.goto(`${product().admin}/products`);
  await page
    .getByRole("row")
    .filter({ hasText: "Atrium Mobile" })
    .getByRole("link", { name: "Atrium Mobile" })
    .click();
  await page.getByLabel("Version").fill("0.9.0");
  await page.getByRole("button", { name: "Add build" }).click();
  await expect(page.getByLabel("Version")).toHaveAccessibleDescription(
    /This value is already taken/,
  );
  await expect(page.getByRole("row").filter({ hasText: "0.9.0" })).toHaveCount(1);
  // Refine's refused save is handled, not left as an uncaught rejection.
  expect(pageErrors).toEqual([]);
});

test("the team sees the beta products and who has access, but cannot change them", async ({
  page,
}) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Beta products" }).click();
  await expect(page.getByRole("heading", { name: "Beta products" })).toBeVisible();
  const mobile = page.getByRole("row").filter({ hasText: "Atrium Mobile" });
  await expect(mobile).toHaveCount(1);
  await expect(page.getByRole("button", { name: "New product" })).toHaveCount(0);

  await mobile.getByRole("link", { name: "Atrium Mobile" }).click();
  await expect(page.getByRole("heading", { name: "Atrium Mobile" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Clara Client" })).toContainText("Active");
  await expect(page.getByRole("button", { name: "Grant access" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add build" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create code" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
});
