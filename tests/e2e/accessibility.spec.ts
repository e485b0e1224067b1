// Every main page of both apps, and the dialogs they open, checked with axe against WCAG 2.1
// A/AA: no serious or critical violation. Each test walks its pages and reports them all at once.
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { checkAccessibility } from "./support/axe";
import { database, product } from "./support/product";
import { submitAdminLogin } from "./support/sign-in";

// Every page is loaded cold while other work shares the machine: give each wait more room.
const expect = baseExpect.configure({ timeout: 45_000 });

/** The ids of demo records the pages show, read as the superuser. */
async function demoIds() {
  const sql = database();
  try {
    const one = async (rows: Promise<{ id: string }[]>, what: string) => {
      const [row] = await rows;
      if (!row) {
        throw new Error(`the demo data has no ${what}`);
      }
      return row.id;
    };
    return {
      company: await one(
        sql`select id from public.companies where name = 'Northwind Traders'`,
        "Northwind",
      ),
      project: await one(
        sql`select id from public.projects where name = 'Website relaunch'`,
        "Website relaunch",
      ),
      product: await one(
        sql`select id from public.products where slug = 'atrium-mobile'`,
        "Atrium Mobile",
      ),
      page: await one(sql`select id from public.pages order by created_at limit 1`, "page"),
      template: await one(
        sql`select id from public.email_templates where key = 'beta.granted' and locale = 'en'`,
        "beta.granted template",
      ),
      request: await one(
        sql`select id from public.signup_requests where status = 'confirmed' order by submitted_at limit 1`,
        "confirmed sign-up request",
      ),
    };
  } finally {
    await sql.end();
  }
}

async function signInToAdmin(page: Page) {
  await submitAdminLogin(page, "admin@atrium.test");
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible();
}

async function signInToPortal(page: Page) {
  await page.goto(`${product().portal}/login`);
  await page.getByLabel("Email address").fill("clara@northwind.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${product().portal}/`);
}

/** Opens an admin page by its address and waits for its heading. */
async function openAdmin(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${product().admin}${path}`);
  await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
}

test("the portal's public pages have no serious accessibility violation", async ({ page }) => {
  test.slow();
  const portal = product().portal;

  await page.goto(`${portal}/signup`);
  await expect(page.getByRole("heading", { name: "Request access" })).toBeVisible();
  await checkAccessibility(page, "portal sign-up");
  // The form's own messages next to the fields count too.
  await page.getByRole("button", { name: "Request access" }).click();
  await expect(page.getByText("Full name is required")).toBeVisible();
  await checkAccessibility(page, "portal sign-up with errors");

  await page.goto(`${portal}/login`);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await checkAccessibility(page, "portal sign-in");

  await page.goto(`${portal}/forgot-password`);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await checkAccessibility(page, "portal password recovery");

  await page.goto(`${portal}/auth/confirm?token_hash=${"ab".repeat(28)}&type=signup`);
  await expect(page.getByRole("button", { name: "Confirm my email" })).toBeVisible();
  await checkAccessibility(page, "portal confirm page");

  await page.goto(`${portal}/auth/confirm?type=recovery`);
  await expect(page.getByText("This link is incomplete.", { exact: false })).toBeVisible();
  await checkAccessibility(page, "portal confirm page with a broken link");
});

test("the portal's signed-in pages have no serious accessibility violation", async ({ page }) => {
  test.slow();
  const { project } = await demoIds();
  const portal = product().portal;
  await signInToPortal(page);
  await expect(page.getByText("Hello, Clara Client")).toBeVisible();
  await checkAccessibility(page, "portal request status");

  await page.getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("link", { name: "Website relaunch" })).toBeVisible();
  await checkAccessibility(page, "portal projects");

  await page.goto(`${portal}/projects/${project}`);
  await expect(page.getByText("Design signed off")).toBeVisible();
  await checkAccessibility(page, "portal project");

  await page.getByRole("link", { name: "Beta" }).click();
  await expect(page.getByText("Atrium Mobile")).toBeVisible();
  await checkAccessibility(page, "portal beta");
});

test("the admin's sign-in and queue have no serious accessibility violation", async ({ page }) => {
  test.slow();
  const { request } = await demoIds();
  await page.goto(`${product().admin}/login`);
  await expect(page.getByLabel("Email")).toBeVisible();
  await checkAccessibility(page, "admin sign-in");

  await signInToAdmin(page);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  await checkAccessibility(page, "admin sign-up request queue");

  await page.getByRole("menuitem", { name: "Overview" }).click();
  await expect(page.getByRole("link", { name: "Requests to review" })).toBeVisible();
  await checkAccessibility(page, "admin overview");

  await page.goto(`${product().admin}/signup-requests/${request}`);
  await expect(page.getByRole("button", { name: "Reject" })).toBeVisible();
  await checkAccessibility(page, "admin sign-up request");

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await checkAccessibility(page, "admin approve confirmation");
  await page.getByRole("tooltip").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("tooltip")).toBeHidden();

  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await checkAccessibility(page, "admin reject dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("the admin's companies have no serious accessibility violation", async ({ page }) => {
  test.slow();
  const { company } = await demoIds();
  await signInToAdmin(page);

  await openAdmin(page, "/companies", "Companies");
  await expect(page.getByRole("row").filter({ hasText: "Northwind Traders" })).toBeVisible();
  await checkAccessibility(page, "admin companies");

  await openAdmin(page, `/companies/${company}`, "Northwind Traders");
  await expect(page.getByRole("cell", { name: "Clara Client" })).toBeVisible();
  await checkAccessibility(page, "admin company");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await checkAccessibility(page, "admin add-contact dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  await openAdmin(page, `/companies/edit/${company}`, "Edit Northwind Traders");
  await expect(page.getByLabel("Name")).toHaveValue("Northwind Traders");
  await checkAccessibility(page, "admin company edit");
});

test("the admin's projects have no serious accessibility violation", async ({ page }) => {
  test.slow();
  const { project } = await demoIds();
  await signInToAdmin(page);

  await openAdmin(page, "/projects", "Projects");
  await expect(page.getByRole("row").filter({ hasText: "Website relaunch" })).toBeVisible();
  await checkAccessibility(page, "admin projects");

  await openAdmin(page, `/projects/${project}`, "Website relaunch");
  await expect(page.getByText("Design signed off")).toBeVisible();
  await checkAccessibility(page, "admin project");

  await openAdmin(page, `/projects/edit/${project}`, "Edit Website relaunch");
  await expect(page.getByLabel("Name")).toHaveValue("Website relaunch");
  await checkAccessibility(page, "admin project edit");
});

test("the admin's beta products and CMS pages have no serious accessibility violation", async ({
  page,
}) => {
  test.slow();
  const ids = await demoIds();
  await signInToAdmin(page);

  await openAdmin(page, "/products", "Beta products");
  await expect(page.getByRole("row").filter({ hasText: "Atrium Mobile" })).toBeVisible();
  await checkAccessibility(page, "admin beta products");

  await openAdmin(page, `/products/${ids.product}`, "Atrium Mobile");
  await expect(page.getByRole("button", { name: "Grant access" })).toBeVisible();
  await checkAccessibility(page, "admin beta product");

  await openAdmin(page, "/pages", "Pages");
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  await checkAccessibility(page, "admin CMS pages");

  await openAdmin(page, `/pages/edit/${ids.page}`, /^Edit /);
  await expect(page.getByLabel("Slug")).not.toHaveValue("");
  await checkAccessibility(page, "admin CMS page edit");
});

test("the admin's people and email templates have no serious accessibility violation", async ({
  page,
}) => {
  test.slow();
  const { template } = await demoIds();
  await signInToAdmin(page);

  await openAdmin(page, "/people", "People");
  await expect(page.getByRole("row").filter({ hasText: "Clara Client" })).toBeVisible();
  await checkAccessibility(page, "admin people");

  await openAdmin(page, "/email-templates", "Email templates");
  await expect(page.getByRole("row").filter({ hasText: "beta.granted" }).first()).toBeVisible();
  await checkAccessibility(page, "admin email templates");

  await openAdmin(page, `/email-templates/edit/${template}`, "Edit beta.granted (en)");
  await expect(
    page.frameLocator('iframe[title="HTML preview"]').getByText("Clara Client", { exact: false }),
  ).toBeVisible();
  await checkAccessibility(page, "admin email template edit");
});
