// Dark mode in the admin: the header's choice repaints at once, survives a reload (this
// browser's cache) and a sign-in from a fresh browser (the profile), and dark pages keep every
// text readable (axe: no serious WCAG violation, contrast included).
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { database } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

const expect = baseExpect.configure({ timeout: 45_000 });
const email = "admin@atrium.test";

const modeOf = (page: Page) => page.locator("html");

/** The person's stored theme, read straight from the database. */
async function savedTheme(): Promise<unknown> {
  const sql = database();
  try {
    return (await sql`select theme from profiles where email = ${email}`)[0]?.theme;
  } finally {
    await sql.end();
  }
}

test.beforeEach(() => {
  // Two sign-ins with a second factor and axe runs, from Vite's dev server on a shared machine.
  test.slow();
});

test.afterEach(async () => {
  const sql = database();
  await sql`update profiles set theme = 'system' where email = ${email}`;
  await sql.end();
});

test("the dark choice survives a reload and follows the person to a fresh browser", async ({
  page,
  browser,
}) => {
  await signInToAdmin(page, email);
  await expect(modeOf(page)).toHaveAttribute("data-theme", "light");
  await page.getByLabel("Theme").selectOption("dark");
  await expect(modeOf(page)).toHaveAttribute("data-theme", "dark");
  await expect.poll(savedTheme).toBe("dark");

  await page.reload();
  await expect(modeOf(page)).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Theme")).toHaveValue("dark");

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await signInToAdmin(other, email);
    await expect(modeOf(other)).toHaveAttribute("data-theme", "dark");
    await expect(other.getByLabel("Theme")).toHaveValue("dark");
  } finally {
    await fresh.close();
  }
});

test("the request queue and the companies list read well in dark", async ({ page }) => {
  await signInToAdmin(page, email);
  await page.getByLabel("Theme").selectOption("dark");
  await expect(modeOf(page)).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("menuitem", { name: "Companies" }).click();
  // Searched for: the CSV import journey adds a thousand companies that sort before it.
  await page.getByLabel("Search companies").fill("Northwind");
  await page.getByLabel("Search companies").press("Enter");
  await expect(page.getByRole("row").filter({ hasText: "Northwind Traders" })).toBeVisible();
  // antd's dark tokens are in place: the table is drawn on antd's dark container colour.
  await expect(page.locator(".ant-table").first()).toHaveCSS("background-color", "rgb(20, 20, 20)");
  expect(await seriousViolations(page)).toEqual([]);
});
