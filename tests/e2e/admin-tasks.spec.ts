// An account manager keeps a project's tasks on its page: add one (the title is required), move
// it along by its status, and remove it after confirming; the database follows each step.
import { expect, test } from "@playwright/test";
import { database, product } from "./support/product";
import { signInToAdmin } from "./support/sign-in";

test("the team adds a task, moves it along and removes it", async ({ page }) => {
  const sql = database();
  try {
    const name = `Intranet ${Date.now()}`;
    const [project] = await sql<{ id: string }[]>`
      insert into public.projects (company_id, name)
      select id, ${name} from public.companies where name = 'Northwind Traders'
      returning id`;
    const projectId = project?.id ?? "";
    const tasks = () =>
      sql<{ title: string; status: string; assignee: string | null }[]>`
        select t.title, t.status::text as status, p.email as assignee
        from public.tasks t left join public.profiles p on p.id = t.assignee_id
        where t.project_id = ${projectId}`;

    await signInToAdmin(page, "team@atrium.test");
    await page.goto(`${product().admin}/projects/${projectId}`);
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    await expect(page.getByText("No tasks on this project.")).toBeVisible();

    await page.getByRole("button", { name: "Add task" }).click();
    await expect(page.getByText("Title is required")).toBeVisible();
    await page.getByLabel("New task").fill("Write the brief");
    // Other specs add staff: type to narrow the list to Tomas, as a person would in a long one.
    await page.getByRole("combobox", { name: "Assignee" }).click();
    await page.getByRole("combobox", { name: "Assignee" }).fill("Tomas");
    // The search runs on the server: wait for its answer before choosing.
    await expect(page.locator(".ant-select-item-option")).toHaveCount(1);
    await page.locator(".ant-select-item-option").filter({ hasText: "Tomas Team" }).click();
    await page.getByRole("button", { name: "Add task" }).click();
    await expect(page.getByRole("cell", { name: "Write the brief", exact: true })).toBeVisible();
    await expect
      .poll(tasks)
      .toEqual([{ title: "Write the brief", status: "todo", assignee: "team@atrium.test" }]);

    await page.getByRole("combobox", { name: "Status of Write the brief" }).click({ force: true });
    await page.getByTitle("In progress").click();
    await expect.poll(async () => (await tasks())[0]?.status).toBe("in_progress");

    await page.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText('Remove the task "Write the brief"?')).toBeVisible();
    await page.getByRole("tooltip").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText("No tasks on this project.")).toBeVisible();
    await expect.poll(tasks).toEqual([]);
  } finally {
    await sql.end();
  }
});
