// The admin used from the keyboard alone: a record page's back control is a tab stop, and Enter
// on it goes back to the list, as the arrow's click does.
import { expect, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("Tab reaches a record page's back control and Enter goes back to the list", async ({
  page,
}) => {
  const sql = database();
  const [company] = await sql<{ id: string; name: string }[]>`
    select id, name from public.companies order by name limit 1`;
  await sql.end();
  expect(company).toBeDefined();

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Companies" }).click();
  await expect(page.getByRole("row").filter({ hasText: company?.name })).toHaveCount(1, {
    timeout: 45_000,
  });
  await page.goto(`${product().admin}/companies/${company?.id}`);
  await expect(page.getByRole("heading", { name: company?.name, exact: true })).toBeVisible({
    timeout: 45_000,
  });

  const back = page.getByRole("button", { name: "back", exact: true });
  await expect(back).toHaveAttribute("tabindex", "0");
  let reached = false;
  for (let step = 0; step < 60 && !reached; step++) {
    await page.keyboard.press("Tab");
    reached = await back.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`^${product().admin}/companies(\\?|$)`));
});
