// A client's project page hears updates as they are posted: a client-visible one appears without a
// reload, an internal one never reaches the browser (RLS on the server decides delivery).
import { expect, test } from "@playwright/test";
import { createClientLogin, database, product } from "./support/product";
import { signInToPortal } from "./support/sign-in";

/** A company with one project, both this test's own. @returns the project's id. */
async function createCompanyWithProject(company: string, project: string): Promise<string> {
  const sql = database();
  try {
    const [row] = await sql<{ id: string }[]>`
      with company as (
        insert into public.companies (name, status) values (${company}, 'active') returning id
      )
      insert into public.projects (company_id, name, status, progress, client_summary)
      select id, ${project}, 'active', 10, 'Built live.' from company
      returning id`;
    if (!row) {
      throw new Error("the project was not created");
    }
    return row.id;
  } finally {
    await sql.end();
  }
}

/** Posts an update as plain SQL, outside the apps: Realtime reads it from the database. */
async function postUpdate(projectId: string, title: string, visibility: "internal" | "client") {
  const sql = database();
  try {
    await sql`
      insert into public.project_updates (project_id, title, body, visibility)
      values (${projectId}, ${title}, ${`${title}: the details.`}, ${visibility})`;
  } finally {
    await sql.end();
  }
}

// The machine is shared and Vite compiles each lazy page on its first visit: be patient there.
test.setTimeout(180_000);

test("a client-visible update appears live on the project page; an internal one never does", async ({
  page,
}) => {
  const stamp = Date.now();
  const company = `Livewire Ltd ${stamp}`;
  const projectId = await createCompanyWithProject(company, `Live site ${stamp}`);
  const email = `lee.${stamp}@livewire.test`;
  await createClientLogin(email, "Lee Livewire", company);
  await signInToPortal(page, email);

  await page.goto(`${product().portal}/projects/${projectId}`);
  await expect(page.getByText(`Live site ${stamp}`)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText("No updates yet.", { exact: false })).toBeVisible();

  await postUpdate(projectId, "Staging is up", "client");
  await expect(page.getByText("Staging is up", { exact: true })).toBeVisible();

  // Internal first, then a client-visible one: once the second shows, the first had its chance.
  await postUpdate(projectId, "Margin worries", "internal");
  await postUpdate(projectId, "Launch date set", "client");
  await expect(page.getByText("Launch date set", { exact: true })).toBeVisible();
  await expect(page.getByText("Staging is up", { exact: true })).toBeVisible();
  await expect(page.getByText("Margin worries")).toHaveCount(0);
});
