// Bulk actions in the admin, each confirmed and done by one database call: the team approves or
// rejects ticked sign-up requests (every applicant gets their own email, a rejection's reason
// included); on the projects list a bulk status change the database refuses for one project
// changes none, an account manager is assigned to several, and a delete asks first (a cancel
// keeps the rows); an admin revokes several beta grants of a product at once.
import { expect, type Page, test } from "@playwright/test";
import { projectMoveRefusal } from "../../db/status/projects";
import { loginWithFactor } from "./support/mfa-users";
import { confirmedApplicant, createClientLogin, database, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";
import { searchRequests } from "./support/sign-up-requests";
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
  await searchRequests(page, company);
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

async function query<T>(run: (sql: ReturnType<typeof database>) => Promise<T>): Promise<T> {
  const sql = database();
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/** Ticks every row of the list whose text has `text`, expecting `count` of them. */
async function tickRows(page: Page, text: string, count: number) {
  const rows = page.getByRole("row").filter({ hasText: text });
  await expect(rows).toHaveCount(count, slow);
  for (const row of await rows.all()) {
    await row.getByRole("checkbox").check();
  }
  await expect(page.getByText(`${count} selected`)).toBeVisible();
}

test("a bulk reject of two requests emails each applicant the one reason", async ({ page }) => {
  const stamp = Date.now();
  const company = `Reject Co ${stamp}`;
  const addresses = [1, 2].map((n) => `reject${n}.${stamp}@example.test`);
  for (const [index, address] of addresses.entries()) {
    await confirmedApplicant(address, `Reject Person ${index + 1}`, `${company} ${index + 1}`);
  }

  await signInToAdmin(page, "team@atrium.test");
  await searchRequests(page, company);
  await tickRows(page, company, 2);
  await page.getByRole("button", { name: "Reject selected" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Reject 2 requests?" });
  await dialog
    .getByLabel("Reason (optional, included in the emails)")
    .fill("We are not taking new clients this quarter.");
  await dialog.getByRole("button", { name: "Reject 2" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "2 requests rejected: each applicant has been emailed",
  );

  const rows = await query(
    (sql) => sql<{ status: string; reason: string | null }[]>`
      select status::text as status, rejection_reason as reason from public.signup_requests
      where email = any(${addresses}) order by email`,
  );
  expect(rows).toEqual(
    addresses.map(() => ({
      status: "rejected",
      reason: "We are not taking new clients this quarter.",
    })),
  );
  for (const address of addresses) {
    const mail = await waitForMail(address, /^About your Atrium request$/);
    expect(mail.text).toContain("We are not taking new clients this quarter.");
  }
});

test("an admin assigns an account manager to two projects, then deletes them after a yes", async ({
  page,
}) => {
  const stamp = Date.now();
  const prefix = `Bulk assign ${stamp}`;
  // Named to sort first among the staff, so the manager's option is in the list's first screen.
  const manager = `Aaron Bulkmanager ${stamp}`;
  const { id: managerId } = await loginWithFactor("team", `aaron.${stamp}@atrium.test`, manager);
  await query(
    (sql) => sql`
      insert into public.projects (company_id, name, status)
      select c.id, ${`${prefix} `} || s.name, 'active'
      from (select id from public.companies order by name limit 1) c,
           (values ('A'), ('B')) s (name)`,
  );

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Projects" }).click();
  await page.getByLabel("Search projects").fill(prefix);
  await page.getByLabel("Search projects").press("Enter");
  await tickRows(page, prefix, 2);

  await page.getByRole("button", { name: "Assign account manager" }).click();
  const assign = page.getByRole("dialog", { name: "Assign an account manager to 2 projects?" });
  await assign.getByRole("combobox", { name: "Account manager" }).click();
  await page.locator(".ant-select-item-option").filter({ hasText: manager }).click();
  await assign.getByRole("button", { name: "Assign account manager (2)" }).click();
  await expect(page.getByText("2 projects reassigned")).toBeVisible();
  const managers = () =>
    query(
      (sql) => sql<{ manager: string | null }[]>`
        select account_manager_id as manager from public.projects
        where name like ${`${prefix} %`} order by name`,
    );
  expect(await managers()).toEqual([{ manager: managerId }, { manager: managerId }]);

  // Deleting asks first; cancelling keeps both.
  await tickRows(page, prefix, 2);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const question = page.getByRole("dialog", { name: "Delete 2 projects?" });
  await expect(question).toContainText("This cannot be undone.");
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  expect(await managers()).toHaveLength(2);

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await question.getByRole("button", { name: "Delete (2)" }).click();
  await expect(page.getByText("2 projects deleted")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(0);
  expect(await managers()).toEqual([]);
});

test("an admin revokes two beta grants of a product at once", async ({ page }) => {
  const stamp = Date.now();
  const grantees = [1, 2].map((n) => `Rita Revoked ${n} ${stamp}`);
  const ids: string[] = [];
  for (const [index, grantee] of grantees.entries()) {
    ids.push(await createClientLogin(`rita${index}.${stamp}@tester.test`, grantee));
  }
  await query(
    (sql) => sql`
      insert into public.beta_access (product_id, profile_id)
      select p.id, u.id from public.products p, unnest(${ids}::uuid[]) u (id)
      where p.slug = 'atrium-mobile'`,
  );

  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Beta products" }).click();
  await page.getByRole("link", { name: "Atrium Mobile" }).click();
  await tickRows(page, `Rita Revoked`, 2);
  await page
    .getByRole("toolbar", { name: "Bulk actions" })
    .getByRole("button", { name: "Revoke" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Revoke 2 grants?" });
  await dialog.getByRole("button", { name: "Revoke (2)" }).click();
  await expect(page.getByText("2 grants revoked")).toBeVisible();
  for (const grantee of grantees) {
    await expect(page.getByRole("row").filter({ hasText: grantee })).toContainText("Revoked");
  }
  const revoked = await query(
    (sql) => sql<{ count: number }[]>`
      select count(*)::int as count from public.beta_access
      where profile_id = any(${ids}::uuid[]) and revoked_at is not null`,
  );
  expect(revoked[0]?.count).toBe(2);
});
