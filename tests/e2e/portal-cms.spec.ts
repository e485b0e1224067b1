// Public CMS pages on the portal: a published page renders at /p/<slug> with its title, meta
// description and an image from public-media; a draft or unknown slug is "Page not found"; and
// staff open the draft from the admin's "Preview" button.
import { expect, test } from "@playwright/test";
import { publicPagePath } from "../../db/routes/portal";
import { nodeClient } from "../support/supabase-client";
import { checkAccessibility } from "./support/axe";
import { product, withDatabase } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

/** A 1×1 PNG. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Writes a page through the service role, as a script or the dashboard would. */
async function seedPage(page: {
  slug: string;
  title: string;
  body: string;
  status: "draft" | "published";
  seo_description?: string;
}): Promise<string> {
  const { api, serviceRoleKey } = product();
  const { data, error } = await nodeClient(api, serviceRoleKey)
    .from("pages")
    .insert(page)
    .select("id")
    .single<{ id: string }>();
  if (error) {
    throw error;
  }
  return data.id;
}

async function uploadMedia(name: string): Promise<string> {
  const { api, serviceRoleKey } = product();
  const storage = nodeClient(api, serviceRoleKey).storage.from("public-media");
  const { error } = await storage.upload(name, png, { contentType: "image/png" });
  if (error) {
    throw error;
  }
  return storage.getPublicUrl(name).data.publicUrl;
}

test("a published page renders at its slug with its title, description and image", async ({
  page,
}) => {
  const stamp = Date.now();
  const slug = `company/story-${stamp}`;
  const imageUrl = await uploadMedia(`e2e/story-${stamp}.png`);
  await seedPage({
    slug,
    title: `Our story ${stamp}`,
    body: `# Beginnings\n\nWe **build** software. <script>window.pwned = true</script>\n\n![the team](${imageUrl})\n\n- [Sign up](/signup)`,
    status: "published",
    seo_description: "How Atrium began.",
  });

  await page.goto(`${product().portal}${publicPagePath(slug)}`);
  await expect(page.getByRole("heading", { level: 1, name: `Our story ${stamp}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Beginnings" })).toBeVisible();
  await expect(page).toHaveTitle(`Our story ${stamp} · Atrium`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    "How Atrium began.",
  );
  const image = page.getByRole("img", { name: "the team" });
  await expect(image).toHaveAttribute("src", imageUrl);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBe(1);
  // The body's HTML is text on the page, never markup that runs.
  await expect(page.getByText("<script>window.pwned = true</script>")).toBeVisible();
  expect(await page.evaluate(() => "pwned" in window)).toBe(false);
  await expect(page.getByRole("link", { name: "Sign up" })).toHaveAttribute("href", "/signup");
  await page.screenshot({ path: "test-results/e2e/portal-cms-published.png", fullPage: true });
  await checkAccessibility(page, "portal CMS page");
});

test("a draft and an unknown slug are 'Page not found' to visitors", async ({ page }) => {
  const stamp = Date.now();
  await seedPage({
    slug: `draft-${stamp}`,
    title: `Secret plans ${stamp}`,
    body: "Not yet.",
    status: "draft",
  });
  for (const slug of [`draft-${stamp}`, `nothing-here-${stamp}`]) {
    await page.goto(`${product().portal}${publicPagePath(slug)}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found · Atrium");
    await expect(page.getByText(`Secret plans ${stamp}`)).toHaveCount(0);
  }
  await checkAccessibility(page, "portal page not found");
});

test("staff preview a draft from the admin's page editor", async ({ page }) => {
  const stamp = Date.now();
  const title = `Coming soon ${stamp}`;
  const id = await seedPage({
    slug: `coming-${stamp}`,
    title,
    body: "A *draft* body.",
    status: "draft",
  });
  await signInToAdmin(page, "admin@atrium.test");
  await page.goto(`${product().admin}/pages/edit/${id}`);
  // The antd frame's first load in dev mode is slow on a busy machine.
  await expect(page.getByRole("heading", { name: `Edit ${title}` })).toBeVisible({
    timeout: 60_000,
  });

  const opened = page.context().waitForEvent("page");
  await page.getByRole("link", { name: "Preview" }).click();
  const preview = await opened;
  await expect(preview.getByText("Preview: draft")).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByText("draft", { exact: true })).toBeVisible();
  await preview.screenshot({ path: "test-results/e2e/portal-cms-preview.png", fullPage: true });
  await checkAccessibility(preview, "admin page preview");

  // The same draft is still nobody else's business.
  await preview.goto(`${product().portal}${publicPagePath(`coming-${stamp}`)}`);
  await expect(preview.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const [row] = await withDatabase(
    (sql) => sql<{ status: string }[]>`
      select status::text as status from public.pages where id = ${id}`,
  );
  expect(row?.status).toBe("draft");
});
