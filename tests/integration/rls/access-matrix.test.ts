// public.access_matrix(): who may call it (admins only, through /rest/v1/rpc as the admin page
// does), and that what it returns matches the catalogue, flags included, down to a throwaway
// table without RLS made in a rolled-back transaction.
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessMatrixRowsSchema } from "../../../db/validation/access-matrix";
import { startTestStack, type TestStack } from "../../support/stack";
import { demoStaffLogin, staffToken } from "../../support/staff-session";

const world = inject("demoWorld");
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ template: "atrium_seeded" });
});
afterAll(() => stack.stop());

const rollback = Symbol("rollback");

/** Runs `work` in a transaction as the owner, then as an admin, and rolls it all back. */
async function asAdminAfter<T>(
  setup: (tx: postgres.TransactionSql) => Promise<unknown>,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await stack.db.owner.begin(async (tx) => {
      await setup(tx);
      const claims = JSON.stringify({ role: "authenticated", sub: world.users.admin, aal: "aal2" });
      await tx`select set_config('role', 'authenticated', true),
                      set_config('request.jwt.claims', ${claims}, true)`;
      result = await work(tx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) {
      throw error;
    }
  }
  if (result === undefined) {
    throw new Error("asAdminAfter: no result");
  }
  return result;
}

describe("rpc access_matrix: who may call it", () => {
  it.each([
    ["a client", () => stack.userToken(world.users.clientA)],
    // At aal2: a team member who has done everything a staff member can, and is still refused.
    ["a team member", () => staffToken(stack, demoStaffLogin("team"))],
  ])("refuses %s with 42501 and a message", async (_who, token) => {
    const client = stack.client(await token());
    const { data, error, status } = await client.rpc("access_matrix");
    expect(data).toBeNull();
    expect(status).toBe(403);
    expect(error).toMatchObject({
      code: "42501",
      message: "Only admins may read the access matrix",
    });
  });

  it("refuses anon, who may not execute it", async () => {
    const { data, error, status } = await stack.client().rpc("access_matrix");
    expect(data).toBeNull();
    expect(status).toBe(401);
    expect(error).toMatchObject({ code: "42501" });
  });

  it("answers an admin with one row per public table and view, and storage.objects", async () => {
    const client = stack.client(await staffToken(stack, demoStaffLogin("admin")));
    const { data, error } = await client.rpc("access_matrix");
    expect(error).toBeNull();
    const rows = accessMatrixRowsSchema.parse(data);
    const expected = await stack.db.owner<{ name: string }[]>`
      select n.nspname || '.' || c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where (n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm'))
         or (n.nspname = 'storage' and c.relname = 'objects')
      order by 1`;
    expect(rows.map((row) => `${row.table_schema}.${row.table_name}`)).toEqual(
      expected.map((row) => row.name),
    );
    expect(rows.length).toBeGreaterThan(15);
  });
});

describe("rpc access_matrix: what it says", () => {
  it("describes projects as the catalogue does: RLS on, grants and every policy", async () => {
    const client = stack.client(await staffToken(stack, demoStaffLogin("admin")));
    const { data } = await client.rpc("access_matrix");
    const projects = accessMatrixRowsSchema
      .parse(data)
      .find((row) => row.table_schema === "public" && row.table_name === "projects");
    expect(projects).toMatchObject({
      rls_enabled: true,
      rls_forced: false,
      flags: [],
      relation_kind: "table",
      public_buckets: [],
    });
    expect(projects?.grants).toEqual({
      anon: { select: null, insert: null, update: null, delete: null },
      authenticated: { select: "table", insert: "table", update: "table", delete: "table" },
    });
    const policies = await stack.db.owner<{ policyname: string; cmd: string }[]>`
      select policyname, cmd from pg_policies
      where schemaname = 'public' and tablename = 'projects' order by policyname`;
    expect(projects?.policies.map((policy) => [policy.name, policy.command])).toEqual(
      policies.map((policy) => [policy.policyname, policy.cmd]),
    );
  });

  it("reports no flag on the migrated database", async () => {
    const rows = await asAdminAfter(
      async () => {},
      (tx) => tx`select table_name, flags from public.access_matrix() where flags <> '[]'`,
    );
    expect(rows).toEqual([]);
  });

  it("flags a public table without RLS, and one whose policy is always true", async () => {
    const rows = await asAdminAfter(
      async (tx) => {
        await tx`create table public.throwaway_open (id int primary key)`;
        await tx`grant select on public.throwaway_open to anon`;
        await tx`create table public.throwaway_lax (id int primary key)`;
        await tx`alter table public.throwaway_lax enable row level security`;
        await tx`grant insert, update (id) on public.throwaway_lax to authenticated`;
        await tx`create policy "anyone writes" on public.throwaway_lax
                   for insert to authenticated with check (true)`;
        await tx`create policy "staff read" on public.throwaway_lax
                   for select to authenticated using ((select private.is_staff()))`;
      },
      (tx) => tx`select table_name, rls_enabled, grants, flags from public.access_matrix()
                 where table_name like 'throwaway%' order by table_name`,
    );
    expect(rows).toEqual([
      {
        table_name: "throwaway_lax",
        rls_enabled: true,
        grants: {
          anon: { select: null, insert: null, update: null, delete: null },
          authenticated: { select: null, insert: "table", update: "columns", delete: null },
        },
        flags: [
          {
            kind: "always_true",
            policy: "anyone writes",
            command: "INSERT",
            roles: ["authenticated"],
          },
        ],
      },
      {
        table_name: "throwaway_open",
        rls_enabled: false,
        grants: {
          anon: { select: "table", insert: null, update: null, delete: null },
          authenticated: { select: null, insert: null, update: null, delete: null },
        },
        flags: [{ kind: "rls_disabled" }],
      },
    ]);
  });

  it("describes the API's views as reading as the caller, and names the public buckets", async () => {
    const client = stack.client(await staffToken(stack, demoStaffLogin("admin")));
    const { data } = await client.rpc("access_matrix");
    const rows = accessMatrixRowsSchema.parse(data);
    const views = rows.filter((row) => row.relation_kind !== "table");
    expect(views.map((row) => [row.table_name, row.relation_kind, row.flags])).toEqual([
      ["audit_entries", "invoker_view", []],
      ["outbox_emails", "invoker_view", []],
    ]);
    const publicBuckets = await stack.db.owner<{ id: string }[]>`
      select id from storage.buckets where public order by id`;
    expect(publicBuckets.length).toBeGreaterThan(0);
    const objects = rows.find((row) => row.table_schema === "storage");
    expect(objects?.public_buckets).toEqual(publicBuckets.map((bucket) => bucket.id));
    expect(rows.filter((row) => row.public_buckets.length > 0)).toHaveLength(1);
  });

  it("flags a readable view that reads as its owner, and not one nobody may read", async () => {
    const rows = await asAdminAfter(
      async (tx) => {
        await tx`create view public.throwaway_owner as select id, name from public.projects`;
        await tx`grant select on public.throwaway_owner to authenticated`;
        await tx`create view public.throwaway_unread as select id from public.projects`;
        await tx`create view public.throwaway_caller with (security_invoker = true)
                   as select id from public.projects`;
        await tx`grant select on public.throwaway_caller to anon`;
      },
      (tx) => tx`select table_name, relation_kind, flags from public.access_matrix()
                 where table_name like 'throwaway%' order by table_name`,
    );
    expect(rows).toEqual([
      { table_name: "throwaway_caller", relation_kind: "invoker_view", flags: [] },
      {
        table_name: "throwaway_owner",
        relation_kind: "owner_view",
        flags: [{ kind: "view_as_owner" }],
      },
      { table_name: "throwaway_unread", relation_kind: "owner_view", flags: [] },
    ]);
  });
});
