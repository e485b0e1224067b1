// Admins decide who is a client, on the team or an admin: the change is confirmed first, the
// team may look but not change roles, and the database keeps at least one admin, saying so in
// words when it refuses.
import { expect, type Page, test } from "@playwright/test";
import { database, signUpOnApi } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

async function openPeople(page: Page, search: string) {
  await page.getByRole("menuitem", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await page.getByLabel("Search people").fill(search);
  await page.getByLabel("Search people").press("Enter");
}

test("an admin makes a fresh client a team member after confirming", async ({ page }) => {
  const email = `cleo.${Date.now()}@example.test`;
  await signUpOnApi(email, "Cleo Fresh", "Fresh Fields");
  await signInToAdmin(page, "admin@atrium.test");
  await openPeople(page, email);

  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Cleo Fresh");
  await expect(row).toContainText("Client");
  await row.getByRole("button", { name: "edit" }).click();

  await expect(page.getByRole("heading", { name: "Edit Cleo Fresh" })).toBeVisible();
  await expect(page.getByLabel("Company")).toBeVisible();
  await page.getByLabel("Role").click({ force: true });
  await page.getByTitle("Team", { exact: true }).click();
  await page.getByRole("button", { name: "Save" }).click();

  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Make Cleo Fresh a team member?");
  const sql = database();
  try {
    const read = () =>
      sql<{ role: string; company_id: string | null }[]>`
        select role::text as role, company_id from public.profiles where email = ${email}`;
    // Nothing is saved before the answer.
    expect(await read()).toEqual([{ role: "client", company_id: null }]);
    await dialog.getByRole("button", { name: "Change role" }).click();

    await expect(page.getByRole("heading", { name: "Cleo Fresh" })).toBeVisible();
    await expect(
      page.locator(".ant-descriptions").getByText("Team", { exact: true }),
    ).toBeVisible();
    expect(await read()).toEqual([{ role: "team", company_id: null }]);
  } finally {
    await sql.end();
  }
});

test("the team sees everyone but cannot change a role", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  await openPeople(page, "northwind");
  const clara = page.getByRole("row").filter({ hasText: "clara@northwind.test" });
  await expect(clara).toHaveCount(1);
  await expect(clara).toContainText("Clara Client");
  await expect(clara).toContainText("Northwind Traders");
  await expect(clara).toContainText("Client");

  await openPeople(page, "admin@atrium.test");
  const ada = page.getByRole("row").filter({ hasText: "admin@atrium.test" });
  await expect(ada).toContainText("Admin");
  await ada.getByRole("button", { name: "edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit Ada Admin" })).toBeVisible();
  await expect(page.getByLabel("Role")).toBeDisabled();
  await expect(page.getByText("Only an admin can change a role.")).toBeVisible();
});

test("demoting the last admin is refused in words and changes nothing", async ({ page }) => {
  const sql = database();
  try {
    const admins = () =>
      sql<{ email: string }[]>`
        select email from public.profiles where role = 'admin' order by email`;
    // The refusal under test only happens while Ada is the one admin: other specs' admins (made
    // for their own journeys, finished by now) become team members first.
    await sql`
      update public.profiles set role = 'team'
      where role = 'admin' and email <> 'admin@atrium.test'`;
    expect(await admins()).toEqual([{ email: "admin@atrium.test" }]);

    await signInToAdmin(page, "admin@atrium.test");
    await openPeople(page, "admin@atrium.test");
    await page
      .getByRole("row")
      .filter({ hasText: "admin@atrium.test" })
      .getByRole("button", { name: "edit" })
      .click();
    await expect(page.getByRole("heading", { name: "Edit Ada Admin" })).toBeVisible();
    await page.getByLabel("Role").click({ force: true });
    await page.getByTitle("Team", { exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("dialog")).toContainText("Make Ada Admin a team member?");
    await page.getByRole("button", { name: "Change role" }).click();

    const notice = page.locator(".ant-notification-notice");
    // The database's reason is the headline, not a status code.
    await expect(notice.locator(".ant-notification-notice-message")).toHaveText(
      "Atrium needs at least one admin",
    );
    await expect(notice).toContainText("Nothing was changed.");
    await expect(notice).not.toContainText("status code");
    await expect(page.getByRole("heading", { name: "Edit Ada Admin" })).toBeVisible();
    expect(await admins()).toEqual([{ email: "admin@atrium.test" }]);
  } finally {
    // Should the refusal ever break, the demo keeps its admin for the other tests.
    await sql`update public.profiles set role = 'admin' where email = 'admin@atrium.test'`;
    await sql.end();
  }
});
