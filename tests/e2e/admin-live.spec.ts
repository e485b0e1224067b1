// The admin hears the database live: a request confirmed while the queue is open appears behind a
// "new requests" notice (rows do not move until asked), two team members on the same request
// each see the other in its presence marker, and a project one account manager edits changes on
// another's open project page and overview.
import { expect, type Page, test } from "@playwright/test";
import { createAuthUser } from "../../supabase/seed/auth-users";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-data";
import { confirmedApplicant, database, product, signUpOnApi } from "./support/product";
import { giveAuthenticator, passSecondFactor, staffApiClient } from "./support/second-factor";
import { submitAdminLogin } from "./support/sign-in";

/**
 * A team login of this test's own, so its name in the presence marker is unique, with an
 * authenticator app of its own (staff work needs the second factor).
 */
async function createTeamLogin(email: string, fullName: string): Promise<string> {
  const sql = database();
  let id: string;
  try {
    id = await createAuthUser(sql, {
      email,
      password: DEMO_PASSWORD,
      userMetadata: { full_name: fullName },
      appMetadata: { atrium_role: "team" },
    });
  } finally {
    await sql.end();
  }
  await giveAuthenticator(id);
  return id;
}

async function requestIdOf(email: string): Promise<string> {
  const sql = database();
  try {
    const [row] = await sql<{ id: string }[]>`
      select id from public.signup_requests where email = ${email}`;
    if (!row) {
      throw new Error(`no sign-up request for ${email}`);
    }
    return row.id;
  } finally {
    await sql.end();
  }
}

// The machine is shared and Vite compiles each lazy page on its first visit: be patient there.
const patient = { timeout: 45_000 };
test.setTimeout(180_000);

/** Signs a staff member in; the admin opens on the sign-up request queue. */
async function signInToAdmin(page: Page, email: string) {
  await submitAdminLogin(page, email);
  await passSecondFactor(page, email);
  await expect(page.getByRole("heading", { name: "Sign-up requests" })).toBeVisible(patient);
}

function queueRow(page: Page, company: string) {
  return page.getByRole("row").filter({ hasText: company });
}

test("a request confirmed while the queue is open waits behind a notice, then shows", async ({
  page,
}) => {
  const stamp = Date.now();
  const reviewer = `rita.${stamp}@atrium.test`;
  await createTeamLogin(reviewer, `Rita Reviewer ${stamp}`);
  await signInToAdmin(page, reviewer);
  // The queue opens on "To review"; wait until its rows are in before anything happens.
  await expect(page.getByRole("row").nth(1)).toBeVisible(patient);

  const address = `lina.${stamp}@example.test`;
  const company = `Lina Live ${stamp}`;
  // Signed up and confirmed through the portal's API (Auth), with the admin page open.
  await confirmedApplicant(address, "Lina Live", company);

  const notice = page.getByRole("alert").filter({ hasText: "1 new request" });
  await expect(notice).toBeVisible();
  // Nothing moved under the reviewer's cursor: the row waits for "Show".
  await expect(queueRow(page, company)).toHaveCount(0);
  await notice.getByRole("button", { name: "Show" }).click();
  await expect(queueRow(page, company)).toHaveCount(1);
  await expect(queueRow(page, company)).toContainText(address);
  await expect(page.getByRole("alert").filter({ hasText: "new request" })).toHaveCount(0);

  // A request still awaiting its email confirmation is not one to review: no notice for it.
  await signUpOnApi(`late.${stamp}@example.test`, "Late Pending", `Late Pending ${stamp}`);
  // The "All" tab shows it once the list is fetched again; the "To review" tab never announced it.
  await expect(page.getByRole("alert").filter({ hasText: "new request" })).toHaveCount(0);
  await page.getByRole("button", { name: "All", exact: true }).click();
  await expect(queueRow(page, `Late Pending ${stamp}`)).toHaveCount(1);
});

test("two team members on the same request each see the other viewing it", async ({ browser }) => {
  const stamp = Date.now();
  const address = `vera.${stamp}@example.test`;
  await signUpOnApi(address, "Vera Viewed", `Vera Viewed ${stamp}`);
  const requestUrl = `${product().admin}/signup-requests/${await requestIdOf(address)}`;
  const alice = { email: `alice.${stamp}@atrium.test`, name: `Alice Ames ${stamp}` };
  const bob = { email: `bob.${stamp}@atrium.test`, name: `Bob Berg ${stamp}` };
  await createTeamLogin(alice.email, alice.name);
  await createTeamLogin(bob.email, bob.name);

  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  try {
    const alicePage = await aliceContext.newPage();
    const bobPage = await bobContext.newPage();
    await signInToAdmin(alicePage, alice.email);
    await signInToAdmin(bobPage, bob.email);

    await alicePage.goto(requestUrl);
    await expect(alicePage.getByRole("heading", { name: `Vera Viewed ${stamp}` })).toBeVisible(
      patient,
    );
    // Alone on the page: no marker.
    await expect(alicePage.getByText("Also viewing:")).toHaveCount(0);

    await bobPage.goto(requestUrl);
    // Each sees the other, and nobody sees themselves.
    await expect(bobPage.getByText("Also viewing:")).toHaveText(`Also viewing: ${alice.name}`);
    await expect(alicePage.getByText("Also viewing:")).toHaveText(`Also viewing: ${bob.name}`);

    // Bob leaves the request: Alice's marker goes.
    await bobPage.goto(`${product().admin}/signup-requests`);
    await expect(alicePage.getByText("Also viewing:")).toHaveCount(0);
  } finally {
    await aliceContext.close();
    await bobContext.close();
  }
});

async function activeProjectCount(): Promise<number> {
  const sql = database();
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from public.projects where status = 'active'`;
    return row?.n ?? 0;
  } finally {
    await sql.end();
  }
}

test("a project edited by one account manager changes on another's open page and overview", async ({
  browser,
}) => {
  const stamp = Date.now();
  const sql = database();
  let projectId: string;
  try {
    const [row] = await sql<{ id: string }[]>`
      with company as (
        insert into public.companies (name, status) values (${`Edit Co ${stamp}`}, 'active')
        returning id
      )
      insert into public.projects (company_id, name, status, progress)
      select id, ${`Shared plan ${stamp}`}, 'pending', 20 from company returning id`;
    projectId = row?.id ?? "";
  } finally {
    await sql.end();
  }
  const watcher = { email: `wanda.${stamp}@atrium.test`, name: `Wanda Watcher ${stamp}` };
  const editor = { email: `eddie.${stamp}@atrium.test`, name: `Eddie Editor ${stamp}` };
  await createTeamLogin(watcher.email, watcher.name);
  await createTeamLogin(editor.email, editor.name);

  const context = await browser.newContext();
  try {
    const projectPage = await context.newPage();
    await signInToAdmin(projectPage, watcher.email);
    await projectPage.goto(`${product().admin}/projects/${projectId}`);
    await expect(projectPage.getByRole("heading", { name: `Shared plan ${stamp}` })).toBeVisible(
      patient,
    );
    await expect(projectPage.locator(".ant-progress-text")).toHaveText("20%");
    const overview = await context.newPage();
    await overview.goto(`${product().admin}/overview`);
    const activeCount = overview.getByRole("link", { name: "Active projects" });
    await expect(activeCount).toHaveText(new RegExp(`\\D${await activeProjectCount()}$`), patient);

    // The other account manager edits the project through the API, as the admin's form does.
    const client = await staffApiClient(editor.email);
    const { data, error } = await client
      .from("projects")
      .update({ name: `Shared plan v2 ${stamp}`, progress: 65, status: "active" })
      .eq("id", projectId)
      .select("id");
    expect(error).toBeNull();
    expect(data).toEqual([{ id: projectId }]);

    await expect(
      projectPage.getByRole("heading", { name: `Shared plan v2 ${stamp}` }),
    ).toBeVisible();
    await expect(projectPage.locator(".ant-progress-text")).toHaveText("65%");
    await expect(activeCount).toHaveText(new RegExp(`\\D${await activeProjectCount()}$`));
  } finally {
    await context.close();
  }
});
