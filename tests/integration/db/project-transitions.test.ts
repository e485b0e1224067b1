// The projects board's rule, in the database: every move between two statuses is accepted or
// refused exactly as db/status/projects.ts `projectTransitions` says, with its refusal sentence,
// whoever writes (REST as staff here); and the bulk status, account manager and delete RPCs do a
// whole batch or nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectStatuses } from "../../../db/schema/projects";
import { canMoveProject, projectMoveRefusal } from "../../../db/status/projects";
import { startTestStack, type TestStack } from "../../support/stack";
import { bulkAs, clientAs, projectsIn } from "./bulk-support";

const world = inject("demoWorld");
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const pairs = projectStatuses.flatMap((from) =>
  projectStatuses.filter((to) => to !== from).map((to) => ({ from, to })),
);

const statusesOf = async (ids: string[]) =>
  (
    await stack.db.owner<{ status: string }[]>`
      select status from public.projects where id = any(${ids}::uuid[]) order by id`
  ).map((row) => row.status);

describe("guard_project_status", () => {
  it.each(pairs)("moves $from → $to only if the table allows it", async ({ from, to }) => {
    const [id = ""] = await projectsIn(stack, world.companies.northwind, from);
    const team = await clientAs(stack, world.users.team);
    const { data, error } = await team
      .from("projects")
      .update({ status: to })
      .eq("id", id)
      .select("status");
    if (canMoveProject(from, to)) {
      expect(error).toBeNull();
      expect(data).toEqual([{ status: to }]);
    } else {
      expect({ code: error?.code, message: error?.message }).toEqual({
        code: "23514",
        message: projectMoveRefusal(from, to),
      });
      expect(await statusesOf([id])).toEqual([from]);
    }
  });
});

describe("bulk_set_project_status", () => {
  it("moves every selected project and says how many", async () => {
    const ids = await projectsIn(stack, world.companies.globex, "active", 3);
    expect(
      await bulkAs(stack, world.users.team, "bulk_set_project_status", {
        ids,
        new_status: "on_hold",
      }),
    ).toBe(3);
    expect(await statusesOf(ids)).toEqual(["on_hold", "on_hold", "on_hold"]);
  });

  it("changes nothing when one project may not make the move", async () => {
    const active = await projectsIn(stack, world.companies.globex, "active", 2);
    const [completed = ""] = await projectsIn(stack, world.companies.globex, "completed");
    const team = await clientAs(stack, world.users.team);
    const { data, error } = await team.rpc("bulk_set_project_status", {
      ids: [...active, completed],
      new_status: "pending",
    });
    expect(data).toBeNull();
    expect(error?.message).toBe(projectMoveRefusal("active", "pending"));
    expect(await statusesOf(active)).toEqual(["active", "active"]);
    const reopen = await team.rpc("bulk_set_project_status", {
      ids: [completed, active[0]],
      new_status: "pending",
    });
    expect(reopen.error?.code).toBe("23514");
    expect(await statusesOf([completed])).toEqual(["completed"]);
  });

  it("changes nothing when an id is unknown, and names how many", async () => {
    const ids = await projectsIn(stack, world.companies.globex, "pending", 2);
    const team = await clientAs(stack, world.users.team);
    const { error } = await team.rpc("bulk_set_project_status", {
      ids: [...ids, "00000000-0000-4000-8000-000000000000"],
      new_status: "active",
    });
    expect({ code: error?.code, message: error?.message }).toEqual({
      code: "P0002",
      message: "1 of the 3 selected projects no longer exist; nothing was changed",
    });
    expect(await statusesOf(ids)).toEqual(["pending", "pending"]);
  });

  it("refuses a client and staff without their second factor", async () => {
    const [id] = await projectsIn(stack, world.companies.northwind, "pending");
    const args = { ids: [id], new_status: "active" };
    const client = await clientAs(stack, world.users.clientA, false);
    expect((await client.rpc("bulk_set_project_status", args)).error?.code).toBe("42501");
    const teamAal1 = await clientAs(stack, world.users.team, false);
    expect((await teamAal1.rpc("bulk_set_project_status", args)).error?.code).toBe("42501");
  });
});

describe("bulk_assign_account_manager", () => {
  it("gives every selected project the manager", async () => {
    const ids = await projectsIn(stack, world.companies.northwind, "active", 2);
    expect(
      await bulkAs(stack, world.users.team, "bulk_assign_account_manager", {
        ids,
        manager_id: world.users.admin,
      }),
    ).toBe(2);
    const rows = await stack.db.owner`
      select distinct account_manager_id from public.projects where id = any(${ids}::uuid[])`;
    expect(rows.map((row) => row.account_manager_id)).toEqual([world.users.admin]);
  });

  it("refuses a client as manager and an unknown project, changing nothing", async () => {
    const ids = await projectsIn(stack, world.companies.northwind, "active", 2);
    const team = await clientAs(stack, world.users.team);
    const notStaff = await team.rpc("bulk_assign_account_manager", {
      ids,
      manager_id: world.users.clientA,
    });
    expect(notStaff.error?.message).toBe("An account manager must be a team member or an admin");
    const unknown = await team.rpc("bulk_assign_account_manager", {
      ids: [...ids, "00000000-0000-4000-8000-000000000000"],
      manager_id: world.users.team,
    });
    expect(unknown.error?.code).toBe("P0002");
    const rows = await stack.db.owner`
      select count(*)::int as n from public.projects
      where id = any(${ids}::uuid[]) and account_manager_id is not null`;
    expect(rows[0]?.n).toBe(0);
  });
});

describe("bulk_delete_projects", () => {
  it("lets an admin delete the selected projects, and not the team", async () => {
    const ids = await projectsIn(stack, world.companies.globex, "pending", 2);
    const team = await clientAs(stack, world.users.team);
    const refused = await team.rpc("bulk_delete_projects", { ids });
    expect({ code: refused.error?.code, message: refused.error?.message }).toEqual({
      code: "42501",
      message: "Only admins may delete projects",
    });
    expect(await bulkAs(stack, world.users.admin, "bulk_delete_projects", { ids })).toBe(2);
    expect(await statusesOf(ids)).toEqual([]);
  });

  it("deletes nothing when one id is unknown", async () => {
    const ids = await projectsIn(stack, world.companies.globex, "pending", 2);
    const admin = await clientAs(stack, world.users.admin);
    const { error } = await admin.rpc("bulk_delete_projects", {
      ids: [...ids, "00000000-0000-4000-8000-000000000000"],
    });
    expect(error?.message).toBe(
      "1 of the 3 selected projects no longer exist; nothing was deleted",
    );
    expect(await statusesOf(ids)).toEqual(["pending", "pending"]);
  });

  it("answers an empty selection with a clear 4xx, not a crash", async () => {
    const admin = await clientAs(stack, world.users.admin);
    const { error, status } = await admin.rpc("bulk_delete_projects", { ids: [] });
    expect(error?.message).toBe("Select between 1 and 500 projects");
    expect(status).toBe(400);
  });
});
