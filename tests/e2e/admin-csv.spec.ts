// Staff move companies in and out of the admin as CSV: an import of 1,000 rows lands the 990
// valid ones in one go and names the 10 it skipped with their reasons; an export of a filtered
// list holds every matching row (not only the page on screen) in the list's order.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

/** The 10 bad rows (1-based) and the reason the preview gives for each. */
const badRows = new Map<number, string>([
  [7, "Name is required"],
  [100, "Enter a valid web address"],
  [201, "Name must be at most 200 characters"],
  [333, "Name is required"],
  [404, "Enter a valid web address"],
  [512, "Invalid option"],
  [640, "Name must be at most 200 characters"],
  [777, "Enter a valid web address"],
  [901, "Name is required"],
  [1000, "Invalid option"],
]);

// Vite compiles a page's modules on their first request, which on a busy machine outlasts the
// sign-in's patience: ask for this journey's modules once before the tests.
test.beforeAll(async () => {
  const pages = ["auth/mfa/code-page.tsx", "resources/companies/list.tsx"];
  await Promise.all(pages.map((file) => fetch(`${product().admin}/src/${file}`)));
});

function companiesCsv(prefix: string, stamp: number): string {
  const rows = Array.from({ length: 1000 }, (_, index) => {
    const row = index + 1;
    const good = {
      Company: `${prefix} ${String(row).padStart(4, "0")}`,
      Domain: `csv-${stamp}-${row}.example.com`,
      Sector: row % 2 === 0 ? "Software, services" : "Retail",
      Status: row % 3 === 0 ? "Active" : "",
    };
    const reason = badRows.get(row);
    if (reason === "Name is required") {
      return { ...good, Company: "  " };
    }
    if (reason === "Enter a valid web address") {
      return { ...good, Domain: "not a web address" };
    }
    if (reason?.startsWith("Name must be")) {
      return { ...good, Company: `${prefix} ${"x".repeat(200)}` };
    }
    return reason === "Invalid option" ? { ...good, Status: "Prospect" } : good;
  });
  return Papa.unparse(rows);
}

test("an import of 1,000 companies saves the 990 valid rows and reports the 10 others", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const prefix = `CSV import ${stamp}`;
  await signInToAdmin(page, "team@atrium.test");
  await page.goto(`${product().admin}/companies`);
  await expect(page.getByRole("button", { name: "Import CSV" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Import companies from CSV" });
  await dialog.locator("input[type=file]").setInputFiles({
    name: "companies.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(companiesCsv(prefix, stamp)),
  });

  // The headers were guessed onto the fields.
  await expect(dialog.getByText("1000 rows found.")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toBeVisible();
  await expect(dialog.locator(".ant-select-selection-item")).toHaveText([
    "Company",
    "Domain",
    "Sector",
    "Status",
  ]);
  await dialog.getByRole("button", { name: "Check rows" }).click();

  await expect(
    dialog.getByText("990 of 1000 rows are ready to import; 10 will be skipped."),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Import 990 companies" }).click();

  await expect(dialog.getByText("990 companies imported")).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText("10 rows were skipped.")).toBeVisible();
  const skipped = dialog.locator(".ant-table-tbody tr.ant-table-row");
  await expect(skipped).toHaveCount(10);
  for (const [index, [row, reason]] of [...badRows].entries()) {
    await expect(skipped.nth(index).locator("td").first()).toHaveText(String(row));
    await expect(skipped.nth(index)).toContainText(reason);
  }

  const sql = database();
  try {
    const [saved] = await sql<{ count: number; active: number; lead: number }[]>`
      select count(*)::int as count,
             count(*) filter (where status = 'active')::int as active,
             count(*) filter (where status = 'lead')::int as lead
      from public.companies where name like ${`${prefix}%`}`;
    expect(saved).toEqual({ count: 990, active: 330, lead: 660 });
    const [one] = await sql<{ website: string; industry: string }[]>`
      select website, industry from public.companies where name = ${`${prefix} 0002`}`;
    expect(one).toEqual({
      website: `https://csv-${stamp}-2.example.com`,
      industry: "Software, services",
    });
  } finally {
    await sql.end();
  }
});

test("an export of a filtered list holds every matching row in the list's order", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const prefix = `CSV export ${Date.now()}`;
  const sql = database();
  try {
    // 30 companies, 24 active: more than one page (20) matches the filter below.
    await sql`
      insert into public.companies (name, industry, status)
      select ${prefix} || ' ' || lpad(n::text, 2, '0'),
             case when n % 2 = 0 then 'Energy, "green"' end,
             (case when n % 5 = 0 then 'lead' else 'active' end)::public.company_status
      from generate_series(1, 30) as n`;
    const expected = await sql<{ name: string; industry: string | null }[]>`
      select name, industry from public.companies
      where name ilike ${`%${prefix}%`} and status = 'active' order by name, id`;
    expect(expected).toHaveLength(24);

    await signInToAdmin(page, "team@atrium.test");
    await page.goto(`${product().admin}/companies`);
    await expect(page.getByLabel("Search companies")).toBeVisible({ timeout: 60_000 });
    await page.getByLabel("Search companies").fill(prefix);
    await page.getByLabel("Search companies").press("Enter");
    await page.getByRole("combobox", { name: "Status" }).click({ force: true });
    await page.locator('.ant-select-item-option[title="Active"]').click();
    await expect(page.locator(".ant-table-tbody tr.ant-table-row")).toHaveCount(20);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^companies-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), "utf8");
    const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["Name", "Status", "Industry", "Account manager"],
      ...expected.map((row) => [row.name, "Active", row.industry ?? "", ""]),
    ]);
  } finally {
    await sql.end();
  }
});
