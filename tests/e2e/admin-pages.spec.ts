// Admins write CMS pages: the slug rule speaks next to the field, publishing asks first, and
// every saved version is kept as a revision shown on the page.
import { expect, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("an admin writes a page, publishes it after confirming, edits it, and keeps its revisions", async ({
  page,
}) => {
  const stamp = Date.now();
  const title = `About us ${stamp}`;
  const slug = `company/about-${stamp}`;
  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Pages" }).click();
  await page.getByRole("button", { name: "New page" }).click();
  await expect(page.getByRole("heading", { name: "New page" })).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Slug").fill("about us!");
  await page.getByLabel("Body").fill("We build software.");
  const slugMessage = "Use lower-case words separated by dashes (and / for sections)";
  await expect(page.getByText(slugMessage)).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(slugMessage)).toBeVisible();
  await expect(page.getByRole("heading", { name: "New page" })).toBeVisible();

  await page.getByLabel("Slug").fill(slug);
  await expect(page.getByText(slugMessage)).toHaveCount(0);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(`/${slug}`)).toBeVisible();
  const revisions = page.getByRole("row").filter({ hasText: /^#\d/ });
  await expect(revisions).toHaveCount(1);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("tooltip")).toContainText(`Publish “${title}”?`);
  await page.getByRole("tooltip").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await expect(revisions).toHaveCount(2);

  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${title}` })).toBeVisible();
  await expect(page.getByLabel("Slug")).toHaveValue(slug);
  await page.getByLabel("Title", { exact: true }).fill(`${title} (new)`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `${title} (new)` })).toBeVisible();
  await expect(revisions).toHaveCount(3);
  await expect(revisions.first()).toContainText(`${title} (new)`);

  const sql = database();
  try {
    const pages = await sql<{ status: string; is_stamped: boolean }[]>`
      select status::text as status, published_at is not null as is_stamped
      from public.pages where slug = ${slug}`;
    expect(pages).toEqual([{ status: "published", is_stamped: true }]);
    const saved = await sql<{ revision: number; title: string; status: string; by: string }[]>`
      select r.revision, r.title, r.status::text as status, p.email as by
      from public.page_revisions r
      join public.pages pg on pg.id = r.page_id
      join public.profiles p on p.id = r.saved_by
      where pg.slug = ${slug} order by r.revision`;
    expect(saved).toEqual([
      { revision: 1, title, status: "draft", by: "admin@atrium.test" },
      { revision: 2, title, status: "published", by: "admin@atrium.test" },
      { revision: 3, title: `${title} (new)`, status: "published", by: "admin@atrium.test" },
    ]);
  } finally {
    await sql.end();
  }
});

test("saving a new page as published asks first, and cancelling saves nothing", async ({
  page,
}) => {
  const slug = `launch-${Date.now()}`;
  await signInToAdmin(page, "admin@atrium.test");
  await page.goto(`${product().admin}/pages/create`);
  await expect(page.getByRole("heading", { name: "New page" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Launch notes");
  await page.getByLabel("Slug").fill(slug);
  // antd hides the radio input under its button; the reader clicks the button's label.
  await page
    .locator("label")
    .filter({ hasText: /^Published$/ })
    .click();
  await expect(page.getByRole("radio", { name: "Published" })).toBeChecked();
  await page.getByRole("button", { name: "Save" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish “Launch notes”?" });
  await expect(dialog).toContainText("readable by anyone");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);

  const sql = database();
  try {
    expect(await sql`select 1 from public.pages where slug = ${slug}`).toHaveLength(0);
    await page.getByRole("button", { name: "Save" }).click();
    await dialog.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("heading", { name: "Launch notes" })).toBeVisible();
    const rows = await sql<{ status: string }[]>`
      select status::text as status from public.pages where slug = ${slug}`;
    expect(rows).toEqual([{ status: "published" }]);
  } finally {
    await sql.end();
  }
});
