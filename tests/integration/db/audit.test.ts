// Audit rows are written by triggers, name the caller, and can never be changed or removed.
import postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { asCaller, type Caller } from "../../support/as-role";
import { databaseForFile } from "../../support/database";

const world = inject("demoWorld");
const db = databaseForFile("atrium_seeded");

const team: Caller = { role: "authenticated", sub: world.users.team, aal: "aal2" };

describe("audit log", () => {
  it("records one row naming the team member, with old and new values, for a project update", async () => {
    const result = await asCaller(db.api, team, async (tx) => {
      const [counted] =
        await tx`select count(*)::int as n from audit_logs where record_id = ${world.projects.platformB}`;
      const before = Number(counted?.n);
      await tx`update projects set progress = 45 where id = ${world.projects.platformB}`;
      const rows = await tx`
        select action, actor_id, table_name, old_row ->> 'progress' as old_progress,
               new_row ->> 'progress' as new_progress
        from audit_logs where record_id = ${world.projects.platformB} order by id desc`;
      return { before, rows };
    });
    if (!result.ok) {
      throw result.error;
    }
    expect(result.value.rows.length).toBe(result.value.before + 1);
    expect(result.value.rows[0]).toEqual({
      action: "update",
      actor_id: world.users.team,
      table_name: "projects",
      old_progress: "30",
      new_progress: "45",
    });
  });

  it("records deletes with the old row and no new row", async () => {
    const result = await asCaller(
      db.api,
      { role: "authenticated", sub: world.users.admin, aal: "aal2" },
      async (tx) => {
        await tx`delete from tasks where id = ${world.tasks[0] ?? ""}`;
        return tx`select action, actor_id, old_row ->> 'title' as title, new_row from audit_logs
                where table_name = 'tasks' and record_id = ${world.tasks[0] ?? ""} and action = 'delete'`;
      },
    );
    expect(result.ok && result.value).toEqual([
      { action: "delete", actor_id: world.users.admin, title: "Checkout page", new_row: null },
    ]);
  });

  it.each([
    ["the table owner", "ownerUrl"],
    ["the superuser", "superuserUrl"],
  ] as const)("refuses to update, delete or truncate rows even for %s", async (_who, urlKey) => {
    const sql = postgres(db[urlKey], { max: 1, onnotice: () => {} });
    try {
      for (const statement of [
        "update audit_logs set record_id = 'tampered'",
        "delete from audit_logs",
        "truncate audit_logs",
      ]) {
        const error = await sql.unsafe(statement).catch((caught: unknown) => caught);
        expect((error as postgres.PostgresError).message).toBe("audit_logs is append-only");
      }
      const [row] =
        await sql`select count(*)::int as n from audit_logs where record_id = 'tampered'`;
      expect(row?.n).toBe(0);
    } finally {
      await sql.end();
    }
  });
});
