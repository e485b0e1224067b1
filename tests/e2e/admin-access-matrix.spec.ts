// The access matrix page: an admin reads, live from the database, what each role may do on each
// table (projects here, with its policies); a team member has no entry and is refused by the
// database if they type the address.
import { expect, test } from "@playwright/test";
import { checkAccessibility } from "./support/axe";
import { product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("an admin sees the projects row with what each role may do and its policies", async ({
  page,
}) => {
  await signInToAdmin(page, "admin@atrium.test");
  await page.getByRole("menuitem", { name: "Access matrix" }).click();
  // The antd frame's first load in dev mode is slow on a busy machine.
  await expect(page.getByRole("heading", { name: "Access matrix" })).toBeVisible({
    timeout: 60_000,
  });
  const projects = page.getByRole("row").filter({ hasText: /^public\.projects/ });
  // The database reads its catalogue as the page asks: slow on a busy machine.
  await expect(projects).toHaveCount(1, { timeout: 60_000 });
  // The seeded database has no table without RLS and no always-true policy for API roles.
  await expect(page.getByText("No warnings", { exact: true })).toBeVisible();
  const cell = (label: RegExp) => projects.getByLabel(label);
  await expect(cell(/^anon select: refused \(anon has no select grant\)$/)).toBeVisible();
  await expect(
    cell(/^client select: some rows .* through “staff and the company's clients read projects”$/),
  ).toBeVisible();
  await expect(cell(/^client insert: refused/)).toBeVisible();
  await expect(cell(/^team update: every row .*“staff update projects”$/)).toBeVisible();
  await expect(cell(/^team delete: refused/)).toBeVisible();
  await expect(cell(/^admin delete: every row .*“admins delete projects”$/)).toBeVisible();

  // Hovering a letter names the policy behind it.
  await cell(/^admin delete:/).hover();
  await expect(page.getByRole("tooltip")).toContainText("admins delete projects");

  await projects.getByRole("button", { name: /expand row/i }).click();
  const policies = page.getByRole("table", { name: "Policies on public.projects" });
  for (const name of [
    "admins delete projects",
    "service role manages projects",
    "staff and the company's clients read projects",
    "staff create projects",
    "staff update projects",
  ]) {
    await expect(policies.getByRole("row").filter({ hasText: name })).toHaveCount(1);
  }
  await page.screenshot({ path: "test-results/e2e/admin-access-matrix.png", fullPage: true });
  await checkAccessibility(page, "admin access matrix");
});

test("a team member has no access matrix entry, and the database refuses the page", async ({
  page,
}) => {
  await signInToAdmin(page, "team@atrium.test");
  await expect(page.getByRole("menuitem", { name: "Projects" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Access matrix" })).toHaveCount(0);
  await page.goto(`${product().admin}/access-matrix`);
  await expect(page.getByText("Only admins may read the access matrix")).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole("row").filter({ hasText: /^public\.projects/ })).toHaveCount(0);
});
