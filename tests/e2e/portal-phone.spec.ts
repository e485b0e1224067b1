// The portal on a phone (375 px wide, the narrowest common screen): every page fits the width
// without sideways scrolling and its menu is reachable; and it can be installed (a web app
// manifest whose icons load).
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { product } from "./support/product";
import { signInToPortal } from "./support/sign-in";

// The portal runs from Vite's dev server on a shared machine: a first page may compile slowly.
const expect = baseExpect.configure({ timeout: 45_000 });

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

/** How far the page reaches past the screen's right edge, in CSS pixels (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test("each portal page fits a 375 px screen", async ({ page }) => {
  for (const [path, title, button] of [
    ["/signup", "Request access", "Request access"],
    ["/login", "Sign in", "Sign in"],
  ] as const) {
    await page.goto(`${product().portal}${path}`);
    await expect(page).toHaveTitle(new RegExp(`^${title}\\b`));
    await expect(page.getByRole("button", { name: button }).first()).toBeVisible();
    expect(await overflow(page), path).toBe(0);
  }

  await signInToPortal(page, "clara@northwind.test");
  for (const [menu, title] of [
    ["Projects", "Projects"],
    ["Beta", "Beta"],
    ["Status", "Your request"],
  ] as const) {
    // A narrow horizontal menu folds its entries under "…"; either way each is one tap away.
    const entry = page.getByRole("menuitem", { name: menu, exact: true });
    if (!(await entry.first().isVisible())) {
      await page.getByRole("menuitem", { name: "ellipsis" }).click();
    }
    await entry.first().click();
    await expect(page).toHaveTitle(new RegExp(`^${title}\\b`));
    await page.waitForLoadState("networkidle");
    expect(await overflow(page), menu).toBe(0);
  }

  await page.goto(`${product().portal}/projects`);
  const project = page.getByRole("table").getByRole("link").first();
  await expect(project).toBeVisible();
  const name = (await project.textContent()) ?? "";
  await project.click();
  await expect(page).toHaveTitle(/^Project\b/);
  await expect(page.getByRole("main").getByText(name, { exact: true }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await overflow(page), "a project").toBe(0);
});

test("the portal is installable: its manifest and icons load", async ({ page, request }) => {
  await page.goto(`${product().portal}/login`);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");

  const response = await request.get(`${product().portal}${href}`);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({
    name: "Atrium client portal",
    start_url: "/",
    display: "standalone",
  });
  expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(["192x192", "512x512"]);
  for (const icon of manifest.icons) {
    const image = await request.get(`${product().portal}${icon.src}`);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    // The PNG's own header says its size, which must be the size the manifest claims.
    const bytes = await image.body();
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});
