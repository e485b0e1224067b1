// The admin in French: a staff member picks Français in the header, the admin repaints in French
// at once, the choice is kept in their profile (it survives a reload), and English comes back
// the same way.
import { expect, test } from "@playwright/test";
import { englishLeftOn, signInInFrench } from "./support/french-admin";
import { database } from "./support/product";

test.setTimeout(180_000);

async function localeOf(email: string) {
  const sql = database();
  try {
    const [row] = await sql<{ locale: string }[]>`
      select p.locale from public.profiles p join auth.users u on u.id = p.id
      where u.email = ${email}`;
    return row?.locale;
  } finally {
    await sql.end();
  }
}

test("a staff member switches the admin to French, keeps it on reload and switches back", async ({
  page,
}) => {
  const email = await signInInFrench(page);
  await expect(page.getByRole("combobox", { name: "Thème", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect.poll(() => localeOf(email)).toBe("fr");
  expect(await englishLeftOn(page)).not.toContain("Theme");

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Langue", exact: true })).toBeVisible({
    timeout: 45_000,
  });

  await page.getByRole("combobox", { name: "Langue", exact: true }).selectOption("en");
  await expect(page.getByRole("combobox", { name: "Language", exact: true })).toBeVisible();
  await expect.poll(() => localeOf(email)).toBe("en");
});
