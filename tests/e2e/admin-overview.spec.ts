// The team's overview counts what waits for them, number for number what the database holds,
// and each number opens the list behind it.
import { expect, test } from "@playwright/test";
import { database } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("the overview's numbers are the database's, and each opens its list", async ({ page }) => {
  const sql = database();
  let expected: Record<string, number>;
  try {
    const [row] = await sql<Record<string, number>[]>`
      select
        (select count(*)::int from signup_requests where status = 'confirmed') as "Requests to review",
        (select count(*)::int from signup_requests where status = 'pending') as "Awaiting email confirmation",
        (select count(*)::int from projects where status = 'active') as "Active projects",
        (select count(*)::int from projects
          where status <> 'completed' and due_date < current_date) as "Overdue projects",
        (select count(*)::int from companies where status = 'active') as "Active clients"`;
    expected = row ?? {};
  } finally {
    await sql.end();
  }
  // The demo data has requests waiting in both states: the numbers are not trivially zero.
  expect(expected["Requests to review"]).toBeGreaterThan(0);
  expect(expected["Awaiting email confirmation"]).toBeGreaterThan(0);

  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  for (const [label, count] of Object.entries(expected)) {
    await expect(page.getByRole("link", { name: label })).toContainText(String(count));
  }

  await page.getByRole("link", { name: "Active clients" }).click();
  await expect(page.getByRole("heading", { name: "Companies" })).toBeVisible();
});
