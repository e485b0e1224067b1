// Account managers keep a company's people and notes on its page: add, edit and remove contacts
// (checked next to each field, a bounce flag left alone), and write notes that only their author
// or an admin may delete. Each test works on a company of its own so the demo data stays as other
// tests expect it.
import { expect, type Page, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

type Sql = ReturnType<typeof database>;

async function withCompany(
  run: (sql: Sql, company: { id: string; name: string }) => Promise<void>,
) {
  const sql = database();
  const name = `Acme ${Date.now()}`;
  const [company] = await sql<{ id: string }[]>`
    insert into public.companies (name) values (${name}) returning id`;
  if (!company) {
    throw new Error("the company was not created");
  }
  try {
    await run(sql, { id: company.id, name });
  } finally {
    // Contacts and notes go with it (on delete cascade).
    await sql`delete from public.companies where id = ${company.id}`;
    await sql.end();
  }
}

async function openCompany(page: Page, company: { id: string; name: string }) {
  await page.goto(`${product().admin}/companies/${company.id}`);
  await expect(page.getByRole("heading", { name: company.name, exact: true })).toBeVisible();
}

test("the team adds, edits and removes a company's contact", async ({ page }) => {
  await withCompany(async (sql, company) => {
    const contacts = () =>
      sql<
        { full_name: string; title: string | null; email: string | null; phone: string | null }[]
      >`
        select full_name, title, email, phone from public.contacts
        where company_id = ${company.id} order by full_name`;
    await signInToAdmin(page, "team@atrium.test");
    await openCompany(page, company);
    await expect(page.getByText("No contacts yet.")).toBeVisible();

    await page.getByRole("button", { name: "Add contact" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill("wile at acme");
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await expect(dialog.getByText("Name is required")).toBeVisible();
    await expect(dialog.getByText("Enter a valid email address")).toBeVisible();
    expect(await contacts()).toEqual([]);

    await dialog.getByLabel("Name").fill("  Wile E. Coyote ");
    await dialog.getByLabel("Title").fill("Genius");
    await dialog.getByLabel("Email").fill(" Wile@Acme.TEST ");
    await dialog.getByLabel("Phone").fill("+1 555 0100");
    await expect(dialog.getByText("Enter a valid email address")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByRole("row").filter({ hasText: "Wile E. Coyote" });
    await expect(row).toContainText("wile@acme.test");
    expect(await contacts()).toEqual([
      {
        full_name: "Wile E. Coyote",
        title: "Genius",
        email: "wile@acme.test",
        phone: "+1 555 0100",
      },
    ]);

    await row.getByRole("button", { name: "Edit" }).click();
    await expect(dialog.getByLabel("Name")).toHaveValue("Wile E. Coyote");
    await expect(dialog.getByLabel("Email")).toHaveValue("wile@acme.test");
    await dialog.getByLabel("Title").fill("Super genius");
    await dialog.getByLabel("Phone").fill("");
    // Other addresses are tags (TagsField): each one is checked as an address as it is added.
    const others = dialog.getByLabel("Other addresses");
    await others.fill("road runner");
    await others.press("Enter");
    await expect(dialog.getByText("Enter a valid email address")).toBeVisible();
    await others.press("Backspace");
    await expect(dialog.getByText("Enter a valid email address")).toHaveCount(0);
    await others.fill(" Road@Runner.TEST");
    await others.press("Enter");
    await others.fill("beep@acme.test");
    await others.press("Enter");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText("Super genius");
    expect(await contacts()).toEqual([
      { full_name: "Wile E. Coyote", title: "Super genius", email: "wile@acme.test", phone: null },
    ]);
    // Saved cleaned like the email, in the order typed, and shown again when the form reopens.
    expect(
      await sql<{ other_emails: string[] }[]>`
        select other_emails from public.contacts where company_id = ${company.id}`,
    ).toEqual([{ other_emails: ["road@runner.test", "beep@acme.test"] }]);
    await row.getByRole("button", { name: "Edit" }).click();
    await expect(dialog.locator(".ant-select-selection-item")).toHaveText([
      "road@runner.test",
      "beep@acme.test",
    ]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);

    await row.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText(`Remove Wile E. Coyote from ${company.name}?`)).toBeVisible();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText("No contacts yet.")).toBeVisible();
    expect(await contacts()).toEqual([]);
  });
});

test("editing a bounced contact's email keeps the bounce flag and its tag", async ({ page }) => {
  await withCompany(async (sql, company) => {
    const bouncedAt = "2026-11-01T10:00:00.000Z";
    await sql`
      insert into public.contacts (company_id, full_name, email, email_bounced_at)
      values (${company.id}, 'Road Runner', 'beep@acme.test', ${bouncedAt})`;
    await signInToAdmin(page, "team@atrium.test");
    await openCompany(page, company);
    const row = page.getByRole("row").filter({ hasText: "Road Runner" });
    await expect(row.getByText("Bounced")).toBeVisible();

    await row.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill("meep@acme.test");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText("meep@acme.test");
    await expect(row.getByText("Bounced")).toBeVisible();
    const [saved] = await sql<{ email: string; bounced: boolean }[]>`
      select email, email_bounced_at = ${bouncedAt}::timestamptz as bounced
      from public.contacts where company_id = ${company.id}`;
    expect(saved).toEqual({ email: "meep@acme.test", bounced: true });
  });
});

test("the team writes notes on a company and deletes only their own", async ({ page }) => {
  await withCompany(async (sql, company) => {
    await sql`
      insert into public.notes (company_id, body, author_id)
      select ${company.id}, 'Renewal is an admin matter.', id
      from public.profiles where email = 'admin@atrium.test'`;
    const notes = () =>
      sql<{ body: string; author: string }[]>`
        select n.body, p.email as author from public.notes n
        join public.profiles p on p.id = n.author_id
        where n.company_id = ${company.id} order by n.created_at`;
    await signInToAdmin(page, "team@atrium.test");
    await openCompany(page, company);

    const notesCard = page
      .locator(".ant-card")
      .filter({ has: page.locator(".ant-card-head-title", { hasText: /^Notes$/ }) });
    const adminNote = notesCard.locator(".ant-list-item").filter({ hasText: "Renewal is" });
    await expect(adminNote).toContainText("Ada Admin");
    await expect(adminNote.getByRole("button", { name: "Delete" })).toHaveCount(0);

    await notesCard.getByRole("button", { name: "Add note" }).click();
    await expect(notesCard.getByText("Note is required")).toBeVisible();
    await notesCard.getByLabel("New note").fill("  Wants the anvil delivered by Friday.  ");
    await notesCard.getByRole("button", { name: "Add note" }).click();
    const ownNote = notesCard.locator(".ant-list-item").filter({ hasText: "anvil" });
    await expect(ownNote).toContainText("Tomas Team");
    await expect(notesCard.getByLabel("New note")).toHaveValue("");
    // Newest first.
    await expect(notesCard.locator(".ant-list-item").first()).toContainText("anvil");
    expect(await notes()).toEqual([
      { body: "Renewal is an admin matter.", author: "admin@atrium.test" },
      { body: "Wants the anvil delivered by Friday.", author: "team@atrium.test" },
    ]);

    await ownNote.getByRole("button", { name: "Delete" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Delete" }).click();
    await expect(ownNote).toHaveCount(0);
    await expect(adminNote).toBeVisible();
    expect(await notes()).toEqual([
      { body: "Renewal is an admin matter.", author: "admin@atrium.test" },
    ]);
  });
});
