// The admin's command palette: Ctrl+K (or the header's button) opens it, typing part of a name
// finds records through the data provider, Enter opens the record's page (drawn in full, with its
// data), the everyday actions and sections are a few keys away, and a team member is not offered
// what only admins may open.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

// The record pages load lazily from Vite's dev server on a shared machine: give them room.
const expect = baseExpect.configure({ timeout: 45_000 });

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });
const searchBox = (page: Page) =>
  page.getByRole("combobox", { name: "Find a record or type a command" });
/** The entry Enter would run (kbar marks it selected; section headings are options too). */
const activeEntry = (page: Page) =>
  page.getByRole("listbox").getByRole("option", { selected: true });
const entry = (page: Page, name: string) =>
  palette(page).getByRole("option", { name, exact: true });

/**
 * Console errors of the page: the palette once set state in an effect on every render, an update
 * loop that left the chosen page blank; React says so in the console.
 */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.beforeEach(() => {
  // Signing in with a second factor from Vite's dev server on a shared machine is slow.
  test.slow();
});

test("Ctrl+K finds a company by part of its name and Enter opens its page, drawn in full", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await signInToAdmin(page, "team@atrium.test");
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await expect(entry(page, "Go to Companies")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.type("globex corp");
  // The found company is the active entry (records come first): Enter opens it.
  await expect(activeEntry(page)).toContainText("Globex Corporation");
  await expect(activeEntry(page)).toContainText("Energy");
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`${product().admin}/companies/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "Globex Corporation" })).toBeVisible();
  await expect(page.getByText("Energy", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "https://globex.test" })).toBeVisible();
  await expect(palette(page)).toBeHidden();
  expect(errors.filter((text) => /Maximum update depth/.test(text))).toEqual([]);
});

test("the palette runs an action and jumps to a section; a team member sees no admin-only entry", async ({
  page,
}) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("button", { name: /Search…/ }).click();
  await expect(searchBox(page)).toBeFocused();
  // The sections the team may open are listed before anything is typed (kbar draws only the rows
  // in view, so the checks below narrow the list first).
  await expect(entry(page, "Go to Companies")).toBeVisible();
  // The everyday actions the team may take, and not the admins' (CMS pages, beta products).
  await searchBox(page).fill("new ");
  await expect(entry(page, "New company")).toBeVisible();
  await expect(entry(page, "New project")).toBeVisible();
  await expect(entry(page, "New page")).toHaveCount(0);
  await expect(entry(page, "New beta product")).toHaveCount(0);
  // The access matrix is for admins only: nothing matches it.
  await searchBox(page).fill("access matrix");
  await expect(palette(page).getByRole("status")).toHaveText("Nothing matches.");
  await expect(entry(page, "Go to Access matrix")).toHaveCount(0);

  await searchBox(page).fill("new project");
  await expect(activeEntry(page)).toHaveText("New project");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${product().admin}/projects/create`);
  await expect(page.getByLabel("Name")).toBeVisible();
  await expect(palette(page)).toBeHidden();

  // Loaded once, kbar answers Ctrl+K itself.
  await page.keyboard.press("Control+k");
  await searchBox(page).fill("outbox");
  await expect(activeEntry(page)).toHaveText("Open the email outbox");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${product().admin}/email-outbox`);
  await expect(page.getByRole("heading", { name: "Email outbox" })).toBeVisible();

  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
});

test("sign-up requests and projects are found by name, and their pages open", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.keyboard.press("Control+k");
  await searchBox(page).fill("umbrella");
  const request = palette(page)
    .getByRole("option")
    .filter({ hasText: "Umbrella" })
    .filter({ hasText: "Connie Confirmed" });
  await expect(request).toHaveCount(1);
  await request.click();
  await expect(page).toHaveURL(new RegExp(`${product().admin}/signup-requests/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "Umbrella" })).toBeVisible();
  await expect(page.getByText("connie@confirmed.test").first()).toBeVisible();

  await page.keyboard.press("Control+k");
  await searchBox(page).fill("relaunch");
  await palette(page).getByRole("option").filter({ hasText: "Website relaunch" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${product().admin}/projects/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "Website relaunch" })).toBeVisible();
});

test("an admin is offered the admin-only entries and finds CMS pages and people", async ({
  page,
}) => {
  await signInToAdmin(page, "admin@atrium.test");
  await page.keyboard.press("Control+k");
  await searchBox(page).fill("access matrix");
  await expect(activeEntry(page)).toHaveText("Go to Access matrix");
  await searchBox(page).fill("new ");
  await expect(entry(page, "New page")).toBeVisible();
  await expect(entry(page, "New beta product")).toBeVisible();

  await searchBox(page).fill("about atrium");
  await expect(activeEntry(page)).toContainText("About Atrium");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${product().admin}/pages/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "About Atrium" })).toBeVisible();

  await page.keyboard.press("Control+k");
  await searchBox(page).fill("clara");
  const person = palette(page).getByRole("option").filter({ hasText: "Clara Client" }).first();
  await expect(person).toBeVisible();
  await person.click();
  await expect(page).toHaveURL(new RegExp(`${product().admin}/people/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: "Clara Client" })).toBeVisible();
});
