// RLS through REST on Atrium's own tables: signed in as client A, client B's rows are invisible
// and unwritable; anon sees only what anon may; staff see everything. Postgres decides; REST
// only switches role and claims.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { staffToken } from "../../support/staff-session";
import { createTestUser, testStaffLogin } from "../../support/test-users";

let stack: TestStack;
let superuser: postgres.Sql;
const ids = {
  companyA: randomUUID(),
  companyB: randomUUID(),
  clientA: randomUUID(),
  clientB: randomUUID(),
  team: randomUUID(),
  projectA: randomUUID(),
  projectB: randomUUID(),
};

const createUser = (id: string, role: "client" | "team", companyId: string | null) =>
  createTestUser(superuser, { id, role, companyId });

beforeAll(async () => {
  stack = await startTestStack();
  superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
  await superuser`insert into public.companies (id, name) values (${ids.companyA}, 'A Corp'), (${ids.companyB}, 'B Corp')`;
  await createUser(ids.clientA, "client", ids.companyA);
  await createUser(ids.clientB, "client", ids.companyB);
  await createUser(ids.team, "team", null);
  await superuser`insert into public.projects (id, company_id, name) values (${ids.projectA}, ${ids.companyA}, 'Alpha'), (${ids.projectB}, ${ids.companyB}, 'Beta')`;
  await superuser`insert into public.project_updates (project_id, title, body, visibility) values
    (${ids.projectA}, 'Public A', 'x', 'client'), (${ids.projectA}, 'Internal A', 'x', 'internal'),
    (${ids.projectB}, 'Public B', 'x', 'client')`;
  await superuser`insert into public.pages (slug, title, status) values ('home', 'Home', 'published'), ('draft', 'Draft', 'draft')`;
});
afterAll(async () => {
  await superuser.end();
  await stack.stop();
});

// Clients carry a token minted as Auth would (aal1); the team member signs in for real, to aal2.
const as = async (userId: string) =>
  stack.client(
    userId === ids.team
      ? await staffToken(stack, testStaffLogin({ id: userId }))
      : await stack.userToken(userId),
  );

/**
 * Updates then deletes row `id` of `table` as `client`: RLS hides the row, so the update answers
 * 200 with no row and the delete 204, both matching nothing. The caller checks the row survived.
 */
async function writeHiddenRow(
  client: Awaited<ReturnType<typeof as>>,
  table: "projects" | "profiles",
  id: string,
  change: Record<string, string>,
): Promise<void> {
  const update = await client.from(table).update(change).eq("id", id).select();
  expect([update.status, update.data]).toEqual([200, []]);
  const remove = await client.from(table).delete().eq("id", id);
  expect(remove.status).toBe(204);
}

describe("a client", () => {
  it("reads only their company's projects", async () => {
    const { data, error } = await (await as(ids.clientA)).from("projects").select("id,name");
    expect(error).toBeNull();
    expect(data).toEqual([{ id: ids.projectA, name: "Alpha" }]);
  });

  it("gets nothing when asking for another company's project by id", async () => {
    const { data, status } = await (await as(ids.clientA))
      .from("projects")
      .select("*")
      .eq("id", ids.projectB);
    expect([status, data]).toEqual([200, []]);
  });

  it("reads only client-visible updates of their projects, also through an embed", async () => {
    const client = await as(ids.clientA);
    const { data } = await client.from("project_updates").select("title").order("title");
    expect(data).toEqual([{ title: "Public A" }]);
    const embedded = await client
      .from("companies")
      .select("name,projects(name,project_updates(title))");
    expect(embedded.data).toEqual([
      { name: "A Corp", projects: [{ name: "Alpha", project_updates: [{ title: "Public A" }] }] },
    ]);
  });

  it("sees only their own profile", async () => {
    const { data } = await (await as(ids.clientA)).from("profiles").select("id");
    expect(data).toEqual([{ id: ids.clientA }]);
  });

  it("cannot update or delete another company's project: 204 and the row is unchanged", async () => {
    await writeHiddenRow(await as(ids.clientA), "projects", ids.projectB, { name: "Hacked" });
    const [row] = await superuser`select name from public.projects where id = ${ids.projectB}`;
    expect(row?.name).toBe("Beta");
  });

  it("cannot create a project: 403 42501 from the WITH CHECK policy", async () => {
    const { status, error } = await (await as(ids.clientB))
      .from("projects")
      .insert({ company_id: ids.companyB, name: "Mine" });
    expect([status, error?.code]).toEqual([403, "42501"]);
    const [row] =
      await superuser`select count(*)::int as n from public.projects where name = 'Mine'`;
    expect(row?.n).toBe(0);
  });
});

describe("a client and another client's own rows", () => {
  it("cannot read, update or delete the other's profile", async () => {
    const client = await as(ids.clientA);
    const read = await client.from("profiles").select("id").eq("id", ids.clientB);
    expect(read.data).toEqual([]);
    await writeHiddenRow(client, "profiles", ids.clientB, { full_name: "Mallory" });
    const [row] = await superuser`select full_name from public.profiles where id = ${ids.clientB}`;
    expect(row?.full_name).not.toBe("Mallory");
    const [count] =
      await superuser`select count(*)::int as n from public.profiles where id = ${ids.clientB}`;
    expect(count?.n).toBe(1);
  });
});

describe("anon", () => {
  it("may record an analytics event but not read it back", async () => {
    const blind = await stack.client().from("analytics_events").insert({ event_type: "page.view" });
    expect(blind.status).toBe(201);
    const readBack = await stack
      .client()
      .from("analytics_events")
      .insert({ event_type: "page.view" })
      .select();
    expect([readBack.status, readBack.error?.code]).toEqual([401, "42501"]);
    const [row] =
      await superuser`select count(*)::int as n from public.analytics_events where event_type = 'page.view'`;
    expect(row?.n).toBe(1);
  });

  it("reads published pages only", async () => {
    const { data } = await stack.client().from("pages").select("slug");
    expect(data).toEqual([{ slug: "home" }]);
  });

  it("is refused tables without an anon grant with 401", async () => {
    const { status, error } = await stack.client().from("projects").select("id");
    expect([status, error?.code]).toEqual([401, "42501"]);
  });
});

describe("staff", () => {
  it("read every project and update them", async () => {
    const team = await as(ids.team);
    const { data } = await team.from("projects").select("name").order("name");
    expect(data).toEqual([{ name: "Alpha" }, { name: "Beta" }]);
    const update = await team
      .from("projects")
      .update({ progress: 50 })
      .eq("id", ids.projectB)
      .select("progress")
      .single();
    expect(update.data).toEqual({ progress: 50 });
  });
});
