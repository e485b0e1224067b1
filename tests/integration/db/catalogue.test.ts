// The database holds exactly the RLS, policies and grants db/ declares, and passes the checks
// Supabase's Security and Performance Advisors run.

import { getTableConfig, type PgPolicyToOption } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { tableGrants, viewGrants } from "../../../db/grants";
import { allTables, declaredTables } from "../../../db/tables";
import { databaseForFile } from "../../support/database";

const db = databaseForFile();

/** A policy's `to` as role names (a string, a pgRole, or a list of either). */
function roleNames(to: PgPolicyToOption): string[] {
  if (Array.isArray(to)) {
    return to.flatMap(roleNames);
  }
  return [typeof to === "string" ? to : to.name];
}

describe("catalogue", () => {
  it("has exactly the tables db/schema declares, each with RLS and a policy", async () => {
    const rows = await db.owner`
      select c.relname as name, c.relrowsecurity as rls,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'm')
      order by c.relname`;
    expect(rows.map((row) => row.name)).toEqual(declaredTables());
    for (const row of rows) {
      expect({ table: row.name, rls: row.rls, hasPolicy: row.policies > 0 }).toEqual({
        table: row.name,
        rls: true,
        hasPolicy: true,
      });
    }
  });

  it("has exactly the policies db/schema declares", async () => {
    const declared = allTables()
      .flatMap((table) => {
        const config = getTableConfig(table);
        return config.policies.map((policy) => {
          const roles = roleNames(policy.to ?? "public");
          return `${config.name} | ${policy.name} | ${(policy.for ?? "all").toUpperCase()} | ${roles.sort().join(",")}`;
        });
      })
      .sort();
    const actual = await db.owner`
      select tablename || ' | ' || policyname || ' | ' || cmd || ' | ' ||
             array_to_string(array(select unnest(roles) order by 1), ',') as line
      from pg_policies where schemaname = 'public' order by 1`;
    expect(declared.length).toBeGreaterThan(70);
    expect(actual.map((row) => row.line)).toEqual(declared);
  });

  it("grants API roles exactly what db/grants.ts lists", async () => {
    const declared = Object.entries({ ...tableGrants, ...viewGrants })
      .flatMap(([table, grants]) =>
        Object.entries(grants).flatMap(([role, privileges]) =>
          privileges.map((privilege) => `${table} ${role} ${privilege.toUpperCase()}`),
        ),
      )
      .sort();
    const actual = await db.owner`
      select table_name || ' ' || grantee || ' ' || privilege_type as line
      from information_schema.role_table_grants
      where table_schema = 'public' and grantee in ('anon', 'authenticated', 'service_role')
      order by 1`;
    expect(actual.map((row) => row.line)).toEqual(declared);
    expect(Object.keys(tableGrants).sort()).toEqual(declaredTables());
  });

  it("has exactly the views db/grants.ts lists, each running as its caller", async () => {
    const rows = await db.owner`
      select c.relname as name, coalesce('security_invoker=true' = any(c.reloptions), false) as invoker
      from pg_class c where c.relkind = 'v' and c.relnamespace = 'public'::regnamespace
      order by c.relname`;
    expect(rows).toEqual(
      Object.keys(viewGrants)
        .sort()
        .map((name) => ({ name, invoker: true })),
    );
  });

  it("gives anon and authenticated nothing in auth", async () => {
    const rows = await db.owner`
      select table_name, grantee, privilege_type from information_schema.role_table_grants
      where table_schema = 'auth' and grantee in ('anon', 'authenticated')`;
    expect(rows).toEqual([]);
  });
});

describe("advisors", () => {
  it("indexes every foreign key", async () => {
    const unindexed = await db.owner`
      select c.conrelid::regclass::text || '.' || c.conname as fk
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
        )
      order by 1`;
    expect(unindexed.map((row) => row.fk)).toEqual([]);
  });

  it("pins search_path on every function of ours", async () => {
    const mutable = await db.owner`
      select p.oid::regprocedure::text as fn
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'private')
        and not exists (select 1 from unnest(p.proconfig) setting where setting like 'search_path=%')
      order by 1`;
    expect(mutable.map((row) => row.fn)).toEqual([]);
  });

  it("evaluates auth and role helpers once per statement, wrapped in select", async () => {
    const rows = await db.owner`
      select tablename || '.' || policyname as policy, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr
      from pg_policies where schemaname = 'public'`;
    const bare = rows.filter((row) => {
      const calls = String(row.expr).match(/(auth|private)\.\w+\(/g) ?? [];
      const wrapped = String(row.expr).match(/SELECT (auth|private)\.\w+\(/g) ?? [];
      return calls.length !== wrapped.length;
    });
    expect(bare.map((row) => row.policy)).toEqual([]);
  });

  it("never has two permissive policies for the same table, role and action", async () => {
    const overlaps = await db.owner`
      with expanded as (
        select tablename, role, action
        from pg_policies p, unnest(p.roles) as role,
             unnest(case when p.cmd = 'ALL' then array['SELECT','INSERT','UPDATE','DELETE'] else array[p.cmd] end) as action
        where schemaname = 'public' and permissive = 'PERMISSIVE'
      )
      select tablename || ' ' || role || ' ' || action as overlap
      from expanded group by tablename, role, action having count(*) > 1 order by 1`;
    expect(overlaps.map((row) => row.overlap)).toEqual([]);
  });

  it("has no security definer views and no policy trusting user metadata", async () => {
    const views = await db.owner`
      select c.relname from pg_class c
      where c.relkind = 'v' and c.relnamespace = 'public'::regnamespace
        and not coalesce('security_invoker=true' = any(c.reloptions), false)`;
    expect(views).toEqual([]);
    const trusting = await db.owner`
      select policyname from pg_policies
      where schemaname = 'public' and (qual ~ 'user_metadata' or with_check ~ 'user_metadata')`;
    expect(trusting).toEqual([]);
  });
});
