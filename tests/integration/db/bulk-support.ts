// Set-up shared by the board and bulk-action tests: staff clients at aal2, sign-up requests made
// the way the portal makes them (auth user → trigger → request, then the email confirmed), and
// projects in a given status.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { expect } from "vitest";
import type { ProjectStatus } from "../../../db/schema/projects";
import type { TestStack } from "../../support/stack";

/** A supabase-js client as a demo user; staff get an aal2 token, as after their second factor. */
export async function clientAs(stack: TestStack, userId: string, isStaff = true) {
  return stack.client(await stack.userToken(userId, isStaff ? { aal: "aal2" } : {}));
}

/**
 * Runs a bulk RPC as a demo staff member (aal2) and answers how many rows it changed.
 * @example expect(await bulkAs(stack, world.users.team, "bulk_delete_projects", { ids })).toBe(2);
 */
export async function bulkAs(
  stack: TestStack,
  userId: string,
  fn: string,
  args: Record<string, unknown>,
): Promise<unknown> {
  const { data, error } = await (await clientAs(stack, userId)).rpc(fn, args);
  expect(error).toBeNull();
  return data;
}

/** `count` confirmed sign-up requests ("To review"), as after each applicant clicked their link. */
export async function confirmedRequests(stack: TestStack, count: number, label: string) {
  return await confirmedRequestsIn(stack.db.superuserUrl, count, label);
}

/** The same on any database, given a superuser URL (auth.users is Auth's own table). */
export async function confirmedRequestsIn(superuserUrl: string, count: number, label: string) {
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  const ids: string[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const userId = randomUUID();
      const meta = { full_name: `${label} ${index}`, company_name: `${label} Co ${index}` };
      await sql`insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at)
        values (${userId}, 'authenticated', 'authenticated', ${`${userId}@example.test`},
                ${sql.json({ provider: "email" })}, ${sql.json(meta)}, now())`;
      await sql`update auth.users set email_confirmed_at = now() where id = ${userId}`;
      const [row] = await sql<{ id: string }[]>`
        select id from public.signup_requests where profile_id = ${userId} and status = 'confirmed'`;
      if (!row) {
        throw new Error("the sign-up trigger made no confirmed request");
      }
      ids.push(row.id);
    }
  } finally {
    await sql.end();
  }
  return ids;
}

/** New projects of one company, each already in `status` (inserts are not transitions). */
export async function projectsIn(
  stack: TestStack,
  companyId: string,
  status: ProjectStatus,
  count = 1,
): Promise<string[]> {
  const rows = await stack.db.owner<{ id: string }[]>`
    insert into public.projects (company_id, name, status)
    select ${companyId}, ${`Bulk ${status} `} || n, ${status}::public.project_status
    from generate_series(1, ${count}) n
    returning id`;
  return rows.map((row) => row.id);
}
