// The audit log in the admin: an edit to a company shows in the company's History as old → new
// with the changed field highlighted, and the audit log page finds it by table, record and person.
import { expect, test } from "@playwright/test";
import { database } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("an edited company name shows in its History and in the audit log", async ({ page }) => {
  // Several pages and filters on a shared, busy machine: more than the default 90 s.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const before = `Audit Trail ${stamp}`;
  const after = `Audit Trail Renamed ${stamp}`;
  const sql = database();
  let companyId = "";
  try {
    const [company] = await sql<{ id: string }[]>`
      insert into public.companies (name) values (${before}) returning id`;
    companyId = company?.id ?? "";
  } finally {
    await sql.end();
  }

  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Companies" }).click();
  await page.getByLabel("Search companies").fill(before);
  await page.getByLabel("Search companies").press("Enter");
  const listed = page.getByRole("row").filter({ hasText: before });
  await expect(listed).toHaveCount(1);
  await listed.getByRole("button", { name: "edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${before}` })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(before);
  await page.getByLabel("Name").fill(after);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: after, exact: true })).toBeVisible({
    timeout: 30_000,
  });

  // The company's History: the newest change is Tomas Team's, and it opens to old → new.
  const history = page.locator(".ant-card").filter({ hasText: "History" });
  await expect(history.getByRole("tab", { name: /Changes \(2\)/ })).toBeVisible();
  const change = history.getByRole("row").filter({ hasText: "Tomas Team" });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("Changed");
  await expect(change).toContainText("name");
  await change.getByRole("button", { name: /expand row/i }).click();
  const diff = history.getByRole("table", { name: "Old and new values" });
  const nameRow = diff
    .getByRole("row")
    .filter({ has: page.locator("code", { hasText: /^name$/ }) });
  await expect(nameRow).toHaveAttribute("data-changed", "true");
  await expect(nameRow).toContainText(before);
  await expect(nameRow).toContainText(after);
  await expect(nameRow).toContainText("changed");
  // Only the touched fields are highlighted: the website did not change.
  const websiteRow = diff
    .getByRole("row")
    .filter({ has: page.locator("code", { hasText: /^website$/ }) });
  await expect(websiteRow).toHaveAttribute("data-changed", "false");

  // The audit log page, filtered by table, shows the same change first (newest first).
  await page.getByRole("menuitem", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByRole("combobox", { name: "Table" }).click({ force: true });
  await page.locator('.ant-select-item-option[title="Companies"]').click();
  await expect(page).toHaveURL(/table_name/);
  const first = page.locator(".ant-table-tbody > tr.ant-table-row").first();
  await expect(first).toContainText(companyId);
  await expect(first).toContainText("Tomas Team");
  await expect(first).toContainText("Companies");

  // By record and by person, the record has exactly its two entries (created, then renamed).
  await page.getByLabel("Record id").fill(companyId);
  await page.getByLabel("Record id").press("Enter");
  await expect(page.locator(".ant-table-tbody > tr.ant-table-row")).toHaveCount(2);
  await page.getByLabel("Person").fill("tomas");
  await page.getByLabel("Person").press("Enter");
  const rows = page.locator(".ant-table-tbody > tr.ant-table-row");
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole("button", { name: /expand row/i })
    .click();
  await expect(page.getByRole("table", { name: "Old and new values" })).toContainText(after);

  // A filter that matches nothing says so.
  await page.getByLabel("Person").fill("nobody by this name");
  await page.getByLabel("Person").press("Enter");
  await expect(page.getByText("No changes match these filters.")).toBeVisible();
});
