// The portal's bell: a client-visible update a team member posts raises the client's
// unread count without a reload, the item opens the project and counts as read once opened,
// and "Mark all read" clears the bell.
import { expect, type Page, test } from "@playwright/test";
import { createCompanyProject } from "./support/company-project";
import { createClientLogin, database, product, withDatabase } from "./support/product";
import { staffApiClient } from "./support/second-factor";
import { signInToPortal } from "./support/sign-in";

async function unreadOf(email: string): Promise<number> {
  const [row] = await withDatabase(
    (sql) => sql<{ n: number }[]>`
      select count(*)::int as n from public.client_notifications n
      join public.profiles p on p.id = n.profile_id
      where p.email = ${email} and n.read_at is null`,
  );
  return row?.n ?? -1;
}

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });

test.setTimeout(240_000);

test("a posted update rings the client's bell live, opens the project and is marked read", async ({
  page,
}, testInfo) => {
  const snap = (step: string) => page.screenshot({ path: testInfo.outputPath(`${step}.png`) });
  const stamp = Date.now();
  const company = `Bellwether ${stamp}`;
  const projectName = `Bell site ${stamp}`;
  const { projectId } = await withDatabase((sql) =>
    createCompanyProject(sql, company, projectName, { progress: 10 }),
  );
  const email = `bea.${stamp}@bellwether.test`;
  await createClientLogin(email, "Bea Bell", company);

  await signInToPortal(page, email);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread notifications", {
    timeout: 45_000,
  });
  await bell(page).click();
  await expect(page.getByText("Nothing yet.", { exact: false })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeDisabled();

  // A team member posts a client-visible update through the API at aal2, as the admin does (the
  // admin's own form is covered by admin-projects.spec.ts); RLS checks they are staff.
  const team = await staffApiClient("team@atrium.test");
  const { data: me } = await team.auth.getUser();
  const { error } = await team.from("project_updates").insert({
    project_id: projectId,
    title: `Launch date set ${stamp}`,
    body: "We go live on Monday.",
    visibility: "client",
    author_id: me.user?.id,
  });
  expect(error).toBeNull();
  await team.auth.signOut();

  // No reload: the bell and the open list hear the new row through Realtime.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread notification");
  const item = page.getByRole("listitem", { name: `Launch date set ${stamp}` });
  await expect(item).toContainText("New");
  await expect(item).toContainText(`New update on ${projectName}`);
  expect(await unreadOf(email)).toBe(1);
  await snap("unread");

  // The item opens the project, and counts as read.
  await item.getByRole("link", { name: `Launch date set ${stamp}` }).click();
  await expect(page).toHaveURL(`${product().portal}/projects/${projectId}`);
  await expect(page.getByText("We go live on Monday.")).toBeVisible({ timeout: 45_000 });
  await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread notifications");
  expect(await unreadOf(email)).toBe(0);

  // Two more, straight into the database: "Mark all read" clears both.
  const sql = database();
  try {
    for (const title of ["Staging is up", "Design review"]) {
      await sql`insert into public.project_updates (project_id, title, body, visibility)
        values (${projectId}, ${`${title} ${stamp}`}, 'Details.', 'client')`;
    }
  } finally {
    await sql.end();
  }
  await expect(bell(page)).toHaveAccessibleName("Notifications, 2 unread notifications");
  await bell(page).click();
  await expect(page.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("listitem").first()).toContainText(`Design review ${stamp}`);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(page)).toHaveAccessibleName("Notifications, 0 unread notifications");
  await expect(page.getByText("New", { exact: true })).toHaveCount(0);
  expect(await unreadOf(email)).toBe(0);
  await snap("all-read");
});
