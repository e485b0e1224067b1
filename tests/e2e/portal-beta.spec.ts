// A client follows their beta programme in the portal: the products granted to them or their
// company with the published builds, and an invite code that grants a product on the spot.
import { expect, type Page, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToPortal } from "./support/sign-in";

/** The product cards on the beta page, by their titles. */
function productCard(page: Page, name: string) {
  return page.locator(".ant-card").filter({
    has: page.locator(".ant-card-head-title", { hasText: new RegExp(`^${name}$`) }),
  });
}

test("a client sees the published builds of the products granted to them, and nothing else", async ({
  page,
}) => {
  // Like clara's grants in the demo, on a login of this test's own.
  const email = `gina.${Date.now()}@northwind.test`;
  const sql = database();
  try {
    const userId = await createClientLogin(email, "Gina Granted");
    await sql`
      insert into public.beta_access (product_id, profile_id, expires_at)
      select id, ${userId}, case slug when 'labs' then now() - interval '1 day' end
      from public.products where slug in ('atrium-mobile', 'labs')`;
  } finally {
    await sql.end();
  }
  await signInToPortal(page, email);
  await page.getByRole("link", { name: "Beta" }).click();
  await expect(page).toHaveURL(`${product().portal}/beta`);

  const mobile = productCard(page, "Atrium Mobile");
  await expect(mobile).toContainText("Follow your projects on the go.");
  await expect(mobile).toContainText("Version 0.9.0");
  await expect(mobile).toContainText("Project timeline and push notifications.");
  await expect(mobile).toContainText("Published 1 Nov 2026");
  // The release candidate is not published; Insights is Globex's; the Labs grant has expired.
  await expect(page.getByText("1.0.0-rc1")).toHaveCount(0);
  await expect(page.getByText("Insights")).toHaveCount(0);
  await expect(page.getByText("Labs", { exact: true })).toHaveCount(0);
  await expect(page.locator(".ant-card-head-title")).toHaveText([
    "Beta programme",
    "Atrium Mobile",
  ]);
});

test("a company-wide grant shows to its client, and a revoked one does not", async ({ page }) => {
  await signInToPortal(page, "bruno@globex.test");
  await page.getByRole("link", { name: "Beta" }).click();
  const insights = productCard(page, "Insights");
  await expect(insights).toContainText("Version 0.3.0");
  await expect(insights).toContainText("First dashboards.");
  await expect(page.getByText("Atrium Mobile")).toHaveCount(0);
});

test("a client without beta access is told so, then redeems an invite code", async ({ page }) => {
  const stamp = Date.now();
  const email = `otto.${stamp}@tester.test`;
  const code = `WATCH-${stamp}`;
  const sql = database();
  // A product, build and code of this test's own, so no other test sees a grant appear.
  const [watch] = await sql<{ id: string }[]>`
    insert into public.products (slug, name, description, status)
    values (${`atrium-watch-${stamp}`}, ${`Atrium Watch ${stamp}`}, 'Your projects on your wrist.', 'beta')
    returning id`;
  const productId = watch?.id ?? "";
  const userId = await createClientLogin(email, "Otto Tester");
  try {
    await sql`
      insert into public.beta_builds (product_id, version, release_notes, published_at)
      values (${productId}, '0.1.0', 'First wrist build.', now() - interval '1 hour'),
             (${productId}, '0.2.0', 'Not out yet.', null)`;
    await sql`
      insert into public.beta_invite_codes (product_id, code, max_uses)
      values (${productId}, ${code}, 1)`;

    await signInToPortal(page, email);
    await page.getByRole("link", { name: "Beta" }).click();
    await expect(page.getByText("No beta access yet.", { exact: false })).toBeVisible();

    const field = page.getByLabel("Have an invite code?");
    await field.fill("NOPE-0000");
    await page.getByRole("button", { name: "Redeem" }).click();
    await expect(page.getByText("This invite code does not exist")).toBeVisible();

    await field.fill(code);
    await field.press("Enter");
    await expect(page.getByText("Code accepted: the product is now in your list.")).toBeVisible();
    const card = productCard(page, `Atrium Watch ${stamp}`);
    await expect(card).toContainText("Version 0.1.0");
    await expect(card).toContainText("First wrist build.");
    await expect(card).not.toContainText("0.2.0");
    await expect(page.getByText("No beta access yet.", { exact: false })).toHaveCount(0);

    const grants = await sql<{ count: number }[]>`
      select count(*)::int as count from public.beta_access
      where product_id = ${productId} and profile_id = ${userId} and revoked_at is null`;
    expect(grants[0]?.count).toBe(1);
    const [used] = await sql<{ uses: number }[]>`
      select uses from public.beta_invite_codes where code = ${code}`;
    expect(used?.uses).toBe(1);
  } finally {
    await sql`delete from public.products where id = ${productId}`;
    await sql.end();
  }
});
