// The admin's command palette: Ctrl+K (or the header's button) opens it, typing part of a name
// finds records through the data provider, Enter opens the record's page, and the everyday
// actions and sections are a few keys away.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

// The record pages load lazily from Vite's dev server on a shared machine: give them room.
const expect = baseExpect.configure({ timeout: 45_000 });

const searchBox = (page: Page) =>
  page.getByRole("combobox", { name: "Find a record or type a command" });
/** The entry Enter would run (kbar marks it selected; section headings are options too). */
const activeEntry = (page: Page) =>
  page.getByRole("listbox").getByRole("option", { selected: true });

test.beforeEach(() => {
  // Signing in with a second factor from Vite's dev server on a shared machine is slow.
  test.slow();
});

test("Ctrl+K finds a company by part of its name and Enter opens its page", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();

  await searchBox(page).fill("globex");
  // The found company is the active entry (records come first): Enter opens it.
  await expect(activeEntry(page)).toContainText("Globex Corporation");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`${product().admin}/companies/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "Globex Corporation" })).toBeVisible();
  await expect(searchBox(page)).toBeHidden();
});

test("the palette runs an action and jumps to a section, from the keyboard or the button", async ({
  page,
}) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("button", { name: /Search…/ }).click();
  await expect(searchBox(page)).toBeFocused();
  // Every section the team may open is listed before anything is typed.
  await expect(page.getByRole("option", { name: "Go to Companies" })).toBeVisible();
  await expect(page.getByRole("option", { name: "Go to Email outbox" })).toHaveCount(1);

  await searchBox(page).fill("new project");
  await expect(activeEntry(page)).toHaveText("New project");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${product().admin}/projects/create`);
  await expect(page.getByLabel("Name")).toBeVisible();

  // Loaded once, kbar answers Ctrl+K itself.
  await page.keyboard.press("Control+k");
  await searchBox(page).fill("outbox");
  await expect(activeEntry(page)).toHaveText("Open the email outbox");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${product().admin}/email-outbox`);

  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(searchBox(page)).toBeHidden();
});

test("people and projects are found by name too", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.keyboard.press("Control+k");
  await searchBox(page).fill("clara");
  const person = page.getByRole("option").filter({ hasText: "Clara Client" }).first();
  await expect(person).toBeVisible();
  await person.click();
  await expect(page).toHaveURL(new RegExp(`${product().admin}/people/[0-9a-f-]{36}$`));

  await page.keyboard.press("Control+k");
  await searchBox(page).fill("relaunch");
  await page.getByRole("option").filter({ hasText: "Website relaunch" }).first().click();
  await expect(page.getByRole("heading", { name: "Website relaunch" })).toBeVisible();
});
