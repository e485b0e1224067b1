// The projects board: a project is dragged (or moved with its "Move to…" menu) to another status
// column and the database holds the new status; a move the database refuses (the project changed
// behind the board's back) snaps back, with the database's own sentence.
import { expect, type Page, test } from "@playwright/test";
import { projectMoveRefusal } from "../../db/status/projects";
import { withDatabase } from "./support/product";
import { signInToAdmin } from "./support/sign-in";
import { staffSignInModules, warmAdminModules } from "./support/warm-up";

const newProject = (name: string): Promise<string> =>
  withDatabase(async (sql) => {
    const [row] = await sql<{ id: string }[]>`
      insert into public.projects (company_id, name, status)
      select id, ${name}, 'pending' from public.companies order by name limit 1
      returning id`;
    return row?.id ?? "";
  });

const statusOf = (id: string): Promise<string | undefined> =>
  withDatabase(async (sql) => {
    const [row] = await sql<{ status: string }[]>`
      select status::text as status from public.projects where id = ${id}`;
    return row?.status;
  });

// The machine is shared: the first load of a page compiles it, so give navigation time.
const slow = { timeout: 60_000 };
test.beforeAll(() =>
  warmAdminModules([
    ...staffSignInModules,
    "src/resources/projects/list.tsx",
    "src/resources/projects/board/board.tsx",
  ]),
);
test.setTimeout(240_000);

const column = (page: Page, label: string) => page.getByRole("region", { name: `${label} column` });

async function openBoard(page: Page) {
  await signInToAdmin(page, "team@atrium.test");
  await page.getByRole("menuitem", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible(slow);
  await page.getByText("Board", { exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/board$/);
  await expect(column(page, "Not started")).toBeVisible(slow);
}

test("dragging a card moves the project, and Move to… does it from the keyboard", async ({
  page,
}) => {
  const name = `Board move ${Date.now()}`;
  const id = await newProject(name);
  await openBoard(page);
  const card = page.getByLabel(name, { exact: true });
  await expect(column(page, "Not started").getByLabel(name, { exact: true })).toBeVisible();

  await card.dragTo(column(page, "In progress"));
  await expect(column(page, "In progress").getByLabel(name, { exact: true })).toBeVisible();
  await expect.poll(() => statusOf(id)).toBe("active");

  // The menu offers only the moves the database allows: never back to Not started.
  await page.getByRole("button", { name: `Move ${name} to…` }).click();
  await expect(page.getByRole("menuitem", { name: "Not started" })).toHaveAttribute(
    "aria-disabled",
    "true",
  );
  await page.getByRole("menuitem", { name: "On hold" }).click();
  await expect(column(page, "On hold").getByLabel(name, { exact: true })).toBeVisible();
  await expect.poll(() => statusOf(id)).toBe("on_hold");

  // After a reload the board reads the same from the database.
  await page.reload();
  await expect(column(page, "On hold").getByLabel(name, { exact: true })).toBeVisible(slow);
});

test("a move the database refuses snaps back with its reason", async ({ page }) => {
  const name = `Board refused ${Date.now()}`;
  const id = await newProject(name);
  await openBoard(page);
  await expect(column(page, "Not started").getByLabel(name, { exact: true })).toBeVisible();

  // A colleague finishes the project meanwhile; this board still shows it as Not started.
  await withDatabase(async (sql) => {
    await sql`update public.projects set status = 'active' where id = ${id}`;
    await sql`update public.projects set status = 'completed' where id = ${id}`;
  });

  await page.getByRole("button", { name: `Move ${name} to…` }).click();
  await page.getByRole("menuitem", { name: "On hold" }).click();
  await expect(page.getByText(projectMoveRefusal("completed", "on_hold"))).toBeVisible();
  // The optimistic move is undone and the board re-reads the project where the database has it.
  await expect(column(page, "On hold").getByLabel(name, { exact: true })).toHaveCount(0);
  await expect(column(page, "Completed").getByLabel(name, { exact: true })).toBeVisible();
  expect(await statusOf(id)).toBe("completed");
});
