// Account managers keep client companies in the admin: find them, add one (with the form's
// checks next to each field and db/validation's clean-up), edit it, and see its people and
// projects on its page.
import { expect, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("a company's page shows its contacts and projects", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Companies" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Globex Corporation" })).toHaveCount(1);

  await page.getByLabel("Search companies").fill("north");
  await page.getByLabel("Search companies").press("Enter");
  await expect(page.getByRole("row").filter({ hasText: "Globex Corporation" })).toHaveCount(0);
  const northwind = page.getByRole("row").filter({ hasText: "Northwind Traders" });
  await expect(northwind).toHaveCount(1);
  await expect(northwind).toContainText("Tomas Team");

  await northwind.getByRole("button").first().click();
  await expect(page.getByRole("heading", { name: "Northwind Traders" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Clara Client" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Head of Digital" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Mobile app" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Website relaunch" })).toBeVisible();
});

test("the team adds a company, with checks next to the fields, then edits it", async ({ page }) => {
  const name = `Acme Robotics ${Date.now()}`;
  await signInToAdmin(page, "team@atrium.test");
  await page.goto(`${product().admin}/companies/create`);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();

  await page.getByLabel("Name").fill(`  ${name}  `);
  await page.getByLabel("Website").fill("acme robotics");
  await expect(page.getByText("Enter a valid web address")).toBeVisible();
  await page.getByLabel("Website").fill("acme.example");
  await page.getByLabel("Industry").fill("Manufacturing");
  await page.getByLabel("Account manager").click();
  await page.getByTitle("Tomas Team").click();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByText("https://acme.example")).toBeVisible();
  await expect(page.getByText("No contacts yet.")).toBeVisible();

  const sql = database();
  try {
    const read = () =>
      sql<{ name: string; website: string; industry: string; status: string; manager: string }[]>`
        select c.name, c.website, c.industry, c.status::text as status, p.email as manager
        from public.companies c join public.profiles p on p.id = c.account_manager_id
        where c.name = ${name}`;
    expect(await read()).toEqual([
      {
        name,
        website: "https://acme.example",
        industry: "Manufacturing",
        status: "lead",
        manager: "team@atrium.test",
      },
    ]);

    await page.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(name);
    // The chosen value covers antd's search input; the click lands on it and opens the list.
    await page.getByLabel("Status").click({ force: true });
    await page.getByTitle("Active").click();
    await page.getByRole("button", { name: "Save" }).click();
    // Refine's own words for an edit, which the admin's dictionary keeps as Refine wrote them.
    const notice = page.getByRole("alert").filter({ hasText: "Successfully updated company" });
    await expect(notice.locator(".ant-notification-notice-message")).toHaveText("Successful");
    // Back on the company's page (the edit page's heading also contains the name).
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    await expect(page.getByText("Active", { exact: true })).toBeVisible();
    expect((await read())[0]?.status).toBe("active");
  } finally {
    await sql.end();
  }
});
