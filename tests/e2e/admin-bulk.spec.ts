// Bulk actions in the admin: the team ticks several confirmed sign-up requests, approves them in
// one go after a confirmation naming how many, and every applicant gets their own welcome email;
// on the projects list a bulk status change the database refuses for one project changes none.
import { expect, test } from "@playwright/test";
import { projectMoveRefusal } from "../../db/status/projects";
import { confirmedApplicant, database, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";
import { staffSignInModules, warmAdminModules } from "./support/warm-up";

// The machine is shared: the first load of a page compiles it, so give navigation time.
const slow = { timeout: 60_000 };
test.beforeAll(() =>
  warmAdminModules([
    ...staffSignInModules,
    "src/resources/signup-requests/list.tsx",
    "src/resources/projects/list.tsx",
  ]),
);
test.setTimeout(300_000);

test("a bulk approve of three requests sends three welcome emails", async ({ page }) => {
  const stamp = Date.now();
  const company = `Bulk Co ${stamp}`;
  const addresses = [1, 2, 3].map((n) => `bulk${n}.${stamp}@example.test`);
  for (const [index, address] of addresses.entries()) {
    await confirmedApplicant(address, `Bulk Person ${index + 1}`, `${company} ${index + 1}`);
  }

  await signInToAdmin(page, "team@atrium.test");
  await page.getByLabel("Search requests").fill(company);
  await page.getByLabel("Search requests").press("Enter");
  await expect(page.getByRole("row").filter({ hasText: company })).toHaveCount(3, slow);
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByText("3 selected")).toBeVisible();

  await page.getByRole("button", { name: "Approve selected" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Approve 3 requests?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Approve 3" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "3 requests approved: each applicant has been emailed",
  );

  const sql = database();
  try {
    const rows = await sql`
      select r.status::text as status, p.email as reviewer
      from public.signup_requests r join public.profiles p on p.id = r.reviewed_by
      where r.email = any(${addresses})`;
    expect(rows).toEqual(
      addresses.map(() => ({ status: "approved", reviewer: "team@atrium.test" })),
    );
  } finally {
    await sql.end();
  }
  for (const address of addresses) {
    const mail = await waitForMail(address, /^Welcome to Atrium/);
    expect(mail.to).toEqual([address]);
  }
});

test("a bulk status change the database refuses for one project changes none", async ({ page }) => {
  const stamp = Date.now();
  const sql = database();
  try {
    await sql`
      insert into public.projects (company_id, name, status)
      select c.id, ${`Bulk project ${stamp} `} || s.name, s.status::public.project_status
      from (select id from public.companies order by name limit 1) c,
           (values ('A', 'pending'), ('B', 'completed')) s (name, status)`;
  } finally {
    await sql.end();
  }

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Projects" }).click();
  await page.getByLabel("Search projects").fill(`Bulk project ${stamp}`);
  await page.getByLabel("Search projects").press("Enter");
  const rows = page.getByRole("row").filter({ hasText: `Bulk project ${stamp}` });
  await expect(rows).toHaveCount(2, slow);
  for (const row of await rows.all()) {
    await row.getByRole("checkbox").check();
  }
  await page.getByRole("button", { name: "Change status" }).click();
  const dialog = page.getByRole("dialog", { name: "Change the status of 2 projects?" });
  await dialog.getByRole("combobox", { name: "New status" }).click();
  await page.locator(".ant-select-item-option").filter({ hasText: "On hold" }).click();
  await dialog.getByRole("button", { name: "Change status (2)" }).click();
  await expect(page.getByText(projectMoveRefusal("completed", "on_hold"))).toBeVisible();

  const check = database();
  try {
    const statuses = await check`
      select status::text as status from public.projects
      where name like ${`Bulk project ${stamp} %`} order by name`;
    expect(statuses.map((row) => row.status)).toEqual(["pending", "completed"]);
  } finally {
    await check.end();
  }
});
