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

  // Views read as the caller, so their tables' policies decide; a public bucket's objects are
  // anyone's to read by URL, whatever storage.objects' policies say.
  const auditView = page.getByRole("row").filter({ hasText: /^public\.audit_entries/ });
  await expect(auditView).toContainText("view");
  await expect(
    auditView.getByLabel(/^client select: some rows \(the view reads its tables as the caller/),
  ).toBeVisible();
  const objects = page.getByRole("row").filter({ hasText: /^storage\.objects/ });
  await expect(objects).toContainText("public bucket: public-media");
  await expect(
    objects.getByLabel(
      /^anon select: some rows \(anyone reads the objects of public-media by URL\)$/,
    ),
  ).toBeVisible();
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
