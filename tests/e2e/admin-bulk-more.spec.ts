// The rest of the admin's bulk actions, each confirmed and done by one database call: the team
// rejects ticked requests with one reason (each applicant is emailed it), an admin assigns an
// account manager to ticked projects and then deletes them (a cancelled delete keeps them), and
// an admin revokes several beta grants of a product at once.
import { expect, type Page, test } from "@playwright/test";
import { loginWithFactor } from "./support/mfa-users";
import { confirmedApplicant, createClientLogin, database, waitForMail } from "./support/product";
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
  await page.getByLabel("Search requests").fill(company);
  await page.getByLabel("Search requests").press("Enter");
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
