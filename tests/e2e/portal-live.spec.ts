// A client's project page hears updates as they are posted: a client-visible one appears without a
// reload, an internal one never reaches the browser (RLS on the server decides delivery).
import { expect, test } from "@playwright/test";
import { createCompanyProject } from "./support/company-project";
import { createClientLogin, product, withDatabase } from "./support/product";
import { signInToPortal } from "./support/sign-in";

/** Posts an update as plain SQL, outside the apps: Realtime reads it from the database. */
async function postUpdate(projectId: string, title: string, visibility: "internal" | "client") {
  await withDatabase(
    (sql) => sql`
      insert into public.project_updates (project_id, title, body, visibility)
      values (${projectId}, ${title}, ${`${title}: the details.`}, ${visibility})`,
  );
}

// The machine is shared and Vite compiles each lazy page on its first visit: be patient there.
test.setTimeout(180_000);

test("a client-visible update appears live on the project page; an internal one never does", async ({
  page,
}) => {
  const stamp = Date.now();
  const company = `Livewire Ltd ${stamp}`;
  const { projectId } = await withDatabase((sql) =>
    createCompanyProject(sql, company, `Live site ${stamp}`, {
      progress: 10,
      clientSummary: "Built live.",
    }),
  );
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
