// The team runs a client project in the admin: the form refuses what the database would (a blank
// name, a due date before the start), the project shows in the list and takes edits, and updates
// are posted as the signed-in member: internal ones quietly, client-visible ones after a
// confirmation and with an email to the company's clients.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { database, product, waitForMail } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

/** The form item (label, input and messages) around the field labelled `label`. */
function fieldOf(page: Page, label: string): Locator {
  return page.locator(".ant-form-item").filter({ has: page.getByLabel(label, { exact: true }) });
}

async function pickOption(page: Page, label: string, search: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(search);
  await page.locator(".ant-select-item-option").filter({ hasText: option }).click();
}

async function pickDay(page: Page, label: string, day: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press("Enter");
  await expect(input).toHaveValue(day);
}

interface ProjectRecord {
  company: string;
  manager: string | null;
  progress: number;
  start_date: string | null;
  due_date: string | null;
  client_summary: string | null;
}

async function projectsNamed(name: string) {
  const sql = database();
  try {
    return await sql<(ProjectRecord & { id: string })[]>`
      select p.id, c.name as company, m.email as manager, p.progress,
             p.start_date::text as start_date, p.due_date::text as due_date, p.client_summary
      from public.projects p
      join public.companies c on c.id = p.company_id
      left join public.profiles m on m.id = p.account_manager_id
      where p.name = ${name}`;
  } finally {
    await sql.end();
  }
}

async function updatesOf(projectId: string) {
  const sql = database();
  try {
    return await sql<{ id: string; title: string; visibility: string; author: string | null }[]>`
      select u.id, u.title, u.visibility::text as visibility, a.email as author
      from public.project_updates u left join public.profiles a on a.id = u.author_id
      where u.project_id = ${projectId}
      order by u.created_at`;
  } finally {
    await sql.end();
  }
}

async function emailsQueuedFor(updateId: string) {
  const sql = database();
  try {
    return await sql<{ recipient_email: string; template_key: string }[]>`
      select recipient_email, template_key from public.notifications
      where idempotency_key like ${`project.update:${updateId}:%`}
      order by recipient_email`;
  } finally {
    await sql.end();
  }
}

/** Every client login of the project's company: other journeys add Northwind clients too. */
async function clientsOfCompanyOf(projectId: string) {
  const sql = database();
  try {
    const rows = await sql<{ email: string }[]>`
      select p.email from public.profiles p
      join public.projects pj on pj.company_id = p.company_id
      where pj.id = ${projectId} and p.role = 'client'
      order by p.email`;
    return rows.map((row) => row.email);
  } finally {
    await sql.end();
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("the team creates a project, edits it and posts internal and client-visible updates", async ({
  page,
}, testInfo) => {
  // The longest journey of the suite (create, edit, two updates, the mail): on a loaded 2-core
  // machine it has taken 1.5 min, past the suite's 90 s default.
  test.setTimeout(240_000);
  const snap = (step: string) => page.screenshot({ path: testInfo.outputPath(`${step}.png`) });
  const stamp = Date.now();
  const name = `Loyalty programme ${stamp}`;
  const internalTitle = `Sprint notes ${stamp}`;
  const clientTitle = `Beta is live ${stamp}`;

  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: "New project" })).toBeVisible();

  // A blank name and a due date before the start are refused, each message beside its field.
  await pickOption(page, "Company", "North", "Northwind Traders");
  await pickDay(page, "Start date", "2027-02-01");
  await pickDay(page, "Due date", "2027-01-15");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(fieldOf(page, "Name")).toContainText("Name is required");
  await expect(fieldOf(page, "Due date")).toContainText("Due date cannot be before the start date");
  await expect(fieldOf(page, "Start date")).not.toContainText("Due date cannot be");
  await expect(page).toHaveURL(/\/projects\/create$/);
  await snap("create-refused");

  await page.getByLabel("Name", { exact: true }).fill(`  ${name}  `);
  await pickDay(page, "Due date", "2027-06-30");
  await expect(fieldOf(page, "Due date")).not.toContainText("Due date cannot be");
  await pickOption(page, "Account manager", "Tomas", "Tomas Team");
  await page.getByLabel("Progress (%)").fill("10");
  await page.getByLabel("Client summary").fill("Points for every order, redeemable in the shop.");
  await page.getByRole("button", { name: "Save" }).click();

  // Back on the list, found by its name, with its company, manager and progress.
  await expect(page.getByText("Project created")).toBeVisible();
  await expect(page).toHaveURL(/\/projects(\?|$)/);
  await page.getByLabel("Search projects").fill(name);
  await page.getByLabel("Search projects").press("Enter");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Northwind Traders");
  await expect(row).toContainText("Tomas Team");
  await expect(row).toContainText("Not started");
  await expect(row).toContainText("10%");
  await expect(row).toContainText("30 Jun 2027");
  await snap("list");

  const [created, ...others] = await projectsNamed(name);
  expect(others).toHaveLength(0);
  expect(created).toMatchObject({
    company: "Northwind Traders",
    manager: "team@atrium.test",
    progress: 10,
    start_date: "2027-02-01",
    due_date: "2027-06-30",
    client_summary: "Points for every order, redeemable in the shop.",
  });
  const projectId = created?.id ?? "";

  // Editing the progress saves it and opens the project's page.
  await row.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByLabel("Start date", { exact: true })).toHaveValue("2027-02-01");
  await page.getByLabel("Progress (%)").fill("45");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Project saved")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("45%")).toBeVisible();
  expect((await projectsNamed(name))[0]).toMatchObject({ progress: 45, due_date: "2027-06-30" });

  // An internal update is posted at once.
  await page.getByLabel("Title").fill(internalTitle);
  await page.getByLabel("Message").fill("Checkout integration is the risky part.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText("Internal update posted")).toBeVisible();
  const internalItem = page.locator(".ant-list-item").filter({ hasText: internalTitle });
  await expect(internalItem).toContainText("Internal");
  await expect(internalItem).toContainText("by Tomas Team");

  // A client-visible one asks first; cancelling posts nothing.
  await page.getByLabel("Title").fill(clientTitle);
  await page.getByLabel("Message").fill("You can try the loyalty page on the staging shop.");
  await page.getByLabel(/^Client-visible/).check();
  await page.getByRole("button", { name: "Post update" }).click();
  const dialog = page.getByRole("dialog", { name: "Post and email the clients?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await updatesOf(projectId)).map((update) => update.title)).toEqual([internalTitle]);

  await page.getByRole("button", { name: "Post update" }).click();
  await dialog.getByRole("button", { name: "Post and email" }).click();
  await expect(page.getByText("Update posted: the clients are being emailed")).toBeVisible();
  const clientItem = page.locator(".ant-list-item").filter({ hasText: clientTitle });
  await expect(clientItem).toContainText("Client-visible");
  // Newest first.
  await expect(page.locator(".ant-list-item").first()).toContainText(clientTitle);
  await snap("show");

  const [internal, visible] = await updatesOf(projectId);
  expect({ ...internal, id: undefined }).toEqual({
    id: undefined,
    title: internalTitle,
    visibility: "internal",
    author: "team@atrium.test",
  });
  expect({ ...visible, id: undefined }).toEqual({
    id: undefined,
    title: clientTitle,
    visibility: "client",
    author: "team@atrium.test",
  });
  expect(await emailsQueuedFor(internal?.id ?? "")).toEqual([]);
  const clients = await clientsOfCompanyOf(projectId);
  expect(clients).toContain("clara@northwind.test");
  expect(await emailsQueuedFor(visible?.id ?? "")).toEqual(
    clients.map((email) => ({ recipient_email: email, template_key: "project.update" })),
  );

  const mail = await waitForMail(
    "clara@northwind.test",
    new RegExp(`^${escapeRegExp(name)}: ${escapeRegExp(clientTitle)}$`),
  );
  expect(mail.text).toContain("You can try the loyalty page on the staging shop.");
  expect(mail.text).toContain(`${product().portal}/projects/${projectId}`);
  // The internal update, queued before it if at all, sent nothing.
  const inbox = (await (await fetch(`${product().mailbox}/_mailbox/messages`)).json()) as {
    subject: string;
  }[];
  expect(inbox.filter((message) => message.subject.includes(internalTitle))).toEqual([]);
});
