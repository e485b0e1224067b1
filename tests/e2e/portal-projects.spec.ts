// A client follows their company's projects in the portal: the list, one project with the
// updates shared with them, and nothing of another company's, not even by typing its address.
import { expect, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToPortal } from "./support/sign-in";

/** Project ids by name, read as the superuser so the test knows what RLS must hide. */
async function projectCountOf(companyName: string): Promise<number> {
  const sql = database();
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from public.projects p
      join public.companies c on c.id = p.company_id where c.name = ${companyName}`;
    return row?.n ?? 0;
  } finally {
    await sql.end();
  }
}

async function projectIds(): Promise<Record<string, string>> {
  const sql = database();
  try {
    const rows = await sql<{ id: string; name: string }[]>`select id, name from public.projects`;
    return Object.fromEntries(rows.map((row) => [row.name, row.id]));
  } finally {
    await sql.end();
  }
}

test("a Northwind client sees their company's projects, one project's shared updates, and no other company's", async ({
  page,
}) => {
  const ids = await projectIds();
  const email = `nora.${Date.now()}@northwind.test`;
  await createClientLogin(email, "Nora Northwind", "Northwind Traders");
  await signInToPortal(page, email);

  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page).toHaveURL(`${product().portal}/projects`);
  const rows = page.locator(".ant-table-tbody tr");
  // Other tests may add Northwind projects; the page lists exactly what the database has.
  await expect(rows).toHaveCount(await projectCountOf("Northwind Traders"));
  const website = rows.filter({ hasText: "Website relaunch" });
  await expect(website).toContainText("In progress");
  await expect(website).toContainText("60%");
  await expect(website).toContainText("1 Sep 2026 – 31 Jan 2027");
  const app = rows.filter({ hasText: "Mobile app" });
  await expect(app).toContainText("Not started");
  await expect(app).toContainText("Not scheduled yet");
  await expect(page.getByText("Data platform")).toHaveCount(0);
  await expect(page.getByText("Support retainer")).toHaveCount(0);

  await website.getByRole("link", { name: "Website relaunch" }).click();
  await expect(page).toHaveURL(`${product().portal}/projects/${ids["Website relaunch"]}`);
  await expect(
    page.getByText("Design approved; development of the shop pages under way."),
  ).toBeVisible();
  await expect(page.getByText("Design signed off")).toBeVisible();
  await expect(page.getByText("The new home page and product pages are approved.")).toBeVisible();
  // Internal updates and tasks are staff-only; RLS never sends them.
  await expect(page.getByText("Budget check")).toHaveCount(0);
  await expect(page.getByText("Checkout page")).toHaveCount(0);

  await page.goto(`${product().portal}/projects/${ids["Data platform"]}`);
  await expect(page.getByText("Project not found")).toBeVisible();
  await expect(
    page.getByText("This project does not exist or is not shared with your company."),
  ).toBeVisible();
  await expect(page.getByText("Pipelines live")).toHaveCount(0);
  await expect(page.getByText("Data platform")).toHaveCount(0);

  await page.goto(`${product().portal}/projects/not-a-project`);
  await expect(page.getByText("Project not found")).toBeVisible();
  await page.getByRole("link", { name: "Back to your projects" }).click();
  await expect(page.locator(".ant-table-tbody tr")).toHaveCount(
    await projectCountOf("Northwind Traders"),
  );
});

test("the other company's client sees only theirs, newest update first", async ({ page }) => {
  const ids = await projectIds();
  const sql = database();
  // A second shared update, later than the seeded one, pins the order; it goes again at the end.
  const [added] = await sql<{ id: string }[]>`
    insert into public.project_updates (project_id, title, body, visibility, created_at)
    values (${ids["Data platform"] ?? ""}, 'Dashboards started', 'First charts are in review.',
            'client', now() + interval '1 minute')
    returning id`;
  // The demo's Bruno reads French (profiles.locale); this journey checks his rows in English.
  await sql`
    update public.profiles set locale = 'en'
    where id = (select id from auth.users where email = 'bruno@globex.test')`;
  try {
    await signInToPortal(page, "bruno@globex.test");
    await page.getByRole("link", { name: "Projects", exact: true }).click();
    const rows = page.locator(".ant-table-tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: "Support retainer" })).toContainText("On hold");
    await expect(page.getByText("Website relaunch")).toHaveCount(0);

    await page.getByRole("link", { name: "Data platform" }).click();
    const titles = page.locator(".ant-timeline-item strong");
    await expect(titles).toHaveText(["Dashboards started", "Pipelines live"]);
    await expect(page.getByText("Risk", { exact: true })).toHaveCount(0);
  } finally {
    await sql`delete from public.project_updates where id = ${added?.id ?? null}`;
    await sql.end();
  }
});

test("a client whose company has no project yet is told so", async ({ page }) => {
  const email = `nina.${Date.now()}@newco.test`;
  await createClientLogin(email, "Nina Newco");
  await signInToPortal(page, email);
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByText("No projects yet.", { exact: false })).toBeVisible();
  await expect(page.locator(".ant-table-tbody tr")).toHaveCount(0);
});

test("the projects page asks a signed-out visitor to sign in", async ({ page }) => {
  await page.goto(`${product().portal}/projects`);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("link", { name: "Projects", exact: true })).toHaveCount(0);
});
