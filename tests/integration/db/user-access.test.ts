// private.user_access, what the RLS role helpers read as the caller: it mirrors every profile's
// role and company through every change, and each person can read only their own row.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { asCaller } from "../../support/as-role";
import { createTestDatabase, type TestDatabase } from "../../support/database";

const world = inject("demoWorld");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase("atrium_seeded");
});
afterAll(() => db.drop());

/** Profiles and their mirror rows that disagree, as readable lines. */
async function mismatches(): Promise<string[]> {
  const rows = await db.owner`
    select coalesce(p.id, a.user_id)::text || ' ' || coalesce(p.role::text, '-') || '/' ||
           coalesce(a.role::text, '-') as line
    from public.profiles p full join private.user_access a on a.user_id = p.id
    where (p.id, p.role, p.company_id) is distinct from (a.user_id, a.role, a.company_id)`;
  return rows.map((row) => String(row.line));
}

describe("private.user_access", () => {
  it("holds exactly one row per profile with its role and company", async () => {
    const [count] = await db.owner`select count(*)::int as n from private.user_access`;
    expect(count?.n).toBeGreaterThan(5);
    expect(await mismatches()).toEqual([]);
  });

  it("follows a role change, a company change and a deletion", async () => {
    const [company] =
      await db.owner`insert into public.companies (name) values ('Mirror Ltd') returning id`;
    await db.owner`update public.profiles set role = 'team' where id = ${world.users.clientB}`;
    await db.owner`update public.profiles set company_id = ${company?.id} where id = ${world.users.approved}`;
    expect(await mismatches()).toEqual([]);
    const [mirrored] = await db.owner`
      select role::text, company_id from private.user_access where user_id = ${world.users.clientB}`;
    expect(mirrored?.role).toBe("team");

    // The company goes: profiles.company_id is set null by its foreign key, and so is the mirror.
    await db.owner`delete from public.contacts where company_id = ${company?.id}`;
    await db.owner`delete from public.companies where id = ${company?.id}`;
    expect(await mismatches()).toEqual([]);

    await db.owner`delete from public.profiles where id = ${world.users.rejected}`;
    const gone =
      await db.owner`select 1 from private.user_access where user_id = ${world.users.rejected}`;
    expect(gone).toEqual([]);
    expect(await mismatches()).toEqual([]);
  });

  it("shows each signed-in person their own row only, and anon nothing", async () => {
    const mine = await asCaller(
      db.api,
      { role: "authenticated", sub: world.users.team, aal: "aal2" },
      (tx) => tx`select user_id, role::text from private.user_access`,
    );
    expect(mine.ok && mine.value.map((row) => [row.user_id, row.role])).toEqual([
      [world.users.team, "team"],
    ]);
    const anon = await asCaller(
      db.api,
      { role: "anon" },
      (tx) => tx`select count(*) from private.user_access`,
    );
    expect(anon.ok ? "allowed" : anon.error.code).toBe("42501");
    const write = await asCaller(
      db.api,
      { role: "authenticated", sub: world.users.clientA },
      (tx) =>
        tx`update private.user_access set role = 'admin' where user_id = ${world.users.clientA}`,
    );
    expect(write.ok ? "allowed" : write.error.code).toBe("42501");
  });

  it("counts staff as staff only at aal2, and clients at any level", async () => {
    const helpersAs = (sub: string, aal: "aal1" | "aal2") =>
      asCaller(
        db.api,
        { role: "authenticated", sub, aal },
        (tx) =>
          tx`select private.current_role() as role, private.is_staff() as staff, private.is_admin() as admin`,
      );
    const answers = await Promise.all([
      helpersAs(world.users.team, "aal1"),
      helpersAs(world.users.admin, "aal1"),
      helpersAs(world.users.admin, "aal2"),
      helpersAs(world.users.clientA, "aal1"),
      helpersAs(world.users.clientA, "aal2"),
    ]);
    expect(answers.map((answer) => (answer.ok ? answer.value[0] : answer.error.message))).toEqual([
      { role: null, staff: false, admin: false },
      { role: null, staff: false, admin: false },
      { role: "admin", staff: true, admin: true },
      { role: "client", staff: false, admin: false },
      { role: "client", staff: false, admin: false },
    ]);
  });

  it("answers the role helpers as the caller, with no definer rights", async () => {
    const team = await asCaller(
      db.api,
      { role: "authenticated", sub: world.users.team, aal: "aal2" },
      (tx) =>
        tx`select private.is_staff() as staff, private.is_admin() as admin, private.current_role() as role`,
    );
    expect(team.ok && team.value[0]).toEqual({ staff: true, admin: false, role: "team" });
    const client = await asCaller(
      db.api,
      { role: "authenticated", sub: world.users.clientA },
      (tx) => tx`select private.is_staff() as staff, private.current_company_id() as company`,
    );
    expect(client.ok && client.value[0]).toEqual({
      staff: false,
      company: world.companies.northwind,
    });
    const helpers = await db.owner`
      select p.proname, p.prosecdef from pg_proc p
      where p.pronamespace = 'private'::regnamespace
        and p.proname in ('current_role', 'is_staff', 'is_admin', 'current_company_id',
          'has_beta_access', 'can_read_beta_object', 'can_read_project_file')
      order by 1`;
    expect(helpers.map((row) => [row.proname, row.prosecdef])).toEqual([
      ["can_read_beta_object", false],
      ["can_read_project_file", false],
      ["current_company_id", false],
      ["current_role", false],
      ["has_beta_access", false],
      ["is_admin", false],
      ["is_staff", false],
    ]);
  });
});
