// Admins edit the emails Atrium sends beside a live preview rendered as the outbox renders it;
// the form checks input next to the field, and the team reads templates without an Edit button.
import { expect, type Page, test } from "@playwright/test";
import { database } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

async function openBetaGranted(page: Page, locale: string) {
  await page.getByRole("menuitem", { name: "Email templates" }).click();
  await expect(page.getByRole("heading", { name: "Email templates" })).toBeVisible();
  await page.getByLabel("Search templates").fill("beta.granted");
  await page.getByLabel("Search templates").press("Enter");
  const rows = page.getByRole("row").filter({ hasText: "beta.granted" });
  await expect(rows).toHaveCount(2);
  // Sorted by key, then language.
  await expect(rows.nth(0)).toContainText("en");
  await expect(rows.nth(1)).toContainText("fr");
  return rows.filter({ hasText: locale === "fr" ? "Vous avez" : "You have" });
}

test("an admin edits a subject beside a live preview and the row changes", async ({ page }) => {
  const sql = database();
  const read = async () =>
    (
      await sql<{ subject: string; html: string; updated_at: Date }[]>`
        select subject, html, updated_at from public.email_templates
        where key = 'beta.granted' and locale = 'fr'`
    )[0];
  const before = await read();
  try {
    await signInToAdmin(page, "admin@atrium.test");
    const row = await openBetaGranted(page, "fr");
    await row.getByRole("button", { name: "edit" }).click();
    await expect(page.getByRole("heading", { name: "Edit beta.granted (fr)" })).toBeVisible();
    await expect(page.getByLabel("Subject", { exact: true })).toHaveValue(before?.subject ?? "");

    const variables = page.getByRole("region", { name: "Variables" });
    await expect(variables).toContainText("recipient_name");
    await expect(variables).toContainText("beta_url");
    const html = page.frameLocator('iframe[title="HTML preview"]');
    await expect(html.getByText("Bonjour Clara Client,")).toBeVisible();
    await expect(html.getByRole("link", { name: "Obtenir la bêta" })).toBeVisible();

    await page.getByLabel("Subject", { exact: true }).fill("Bêta {{ prodcut_name }} ouverte");
    await expect(page.getByText("Unknown variable: prodcut_name")).toBeVisible();

    const subject = "Bêta {{ product_name }} ouverte pour {{ recipient_name }}";
    await page.getByLabel("Subject", { exact: true }).fill(subject);
    await expect(page.getByText("Unknown variable")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Subject preview" })).toHaveText(
      "Bêta Atrium Mobile ouverte pour Clara Client",
    );
    await page
      .getByLabel("HTML", { exact: true })
      .fill("<p>Salut {{ recipient_name }} &amp; bienvenue</p>");
    await expect(html.getByText("Salut Clara Client & bienvenue")).toBeVisible();
    await page.getByLabel("HTML", { exact: true }).fill(before?.html ?? "");

    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { name: "beta.granted (fr)" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Subject preview" })).toHaveText(
      "Bêta Atrium Mobile ouverte pour Clara Client",
    );
    const after = await read();
    expect({ subject: after?.subject, html: after?.html }).toEqual({ subject, html: before?.html });
    expect(after?.updated_at.getTime()).toBeGreaterThan(before?.updated_at.getTime() ?? 0);
  } finally {
    if (before) {
      await sql`update public.email_templates set subject = ${before.subject}
        where key = 'beta.granted' and locale = 'fr'`;
    }
    await sql.end();
  }
});

test("invalid template input is pointed out next to its field and not saved", async ({ page }) => {
  await signInToAdmin(page, "admin@atrium.test");
  const row = await openBetaGranted(page, "en");
  await row.getByRole("button", { name: "edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit beta.granted (en)" })).toBeVisible();

  await page.getByLabel("Subject", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Save" }).click();
  const field = page
    .locator(".ant-form-item")
    .filter({ has: page.getByLabel("Subject", { exact: true }) });
  await expect(field).toContainText("Subject is required");
  await expect(page.getByRole("heading", { name: "Edit beta.granted (en)" })).toBeVisible();

  // A misspelt variable: the outbox could not send the template, so it is not saved either.
  await page.getByLabel("Subject", { exact: true }).fill("Access to {{ product_nam }}");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(field).toContainText("Unknown variable: product_nam");
  await expect(page.getByRole("heading", { name: "Edit beta.granted (en)" })).toBeVisible();

  const sql = database();
  try {
    const rows = await sql<{ subject: string }[]>`
      select subject from public.email_templates where key = 'beta.granted' and locale = 'en'`;
    expect(rows).toEqual([{ subject: "You have access to the {{ product_name }} beta" }]);
  } finally {
    await sql.end();
  }
});

test("the team reads templates but gets no Edit button", async ({ page }) => {
  await signInToAdmin(page, "team@atrium.test");
  const row = await openBetaGranted(page, "en");
  await expect(row.getByRole("button", { name: "eye" })).toBeVisible();
  await expect(row.getByRole("button", { name: "edit" })).toHaveCount(0);

  await row.getByRole("button", { name: "eye" }).click();
  await expect(page.getByRole("heading", { name: "beta.granted (en)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Subject preview" })).toHaveText(
    "You have access to the Atrium Mobile beta",
  );
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
});
