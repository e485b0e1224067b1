// The migrations build the schema from nothing, are idempotent, run as a non-superuser, and
// match db/schema exactly (drizzle-kit has nothing left to generate).
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyBootstrap, applyMigrations, MIGRATIONS_DIR } from "../../../supabase/local/database";
import { createTestDatabase, type TestDatabase } from "../../support/database";

let db: TestDatabase;
let owner: postgres.Sql;

/** A digest of everything migrations create in public and private. */
async function schemaFingerprint(sql: postgres.Sql): Promise<string> {
  const [row] = await sql`
    select md5(string_agg(item, E'\n' order by item)) as digest from (
      select format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default) as item
        from information_schema.columns where table_schema = 'public'
      union all select format('policy %s.%s %s %s %s %s', tablename, policyname, cmd, roles, qual, with_check)
        from pg_policies where schemaname = 'public'
      union all select format('index %s', indexdef) from pg_indexes where schemaname = 'public'
      union all select format('trigger %s %s', tgrelid::regclass, tgname) from pg_trigger where not tgisinternal
      union all select format('function %s %s', p.oid::regprocedure, md5(p.prosrc))
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('public', 'private')
      union all select format('grant %s %s %s', grantee, table_name, privilege_type)
        from information_schema.role_table_grants where table_schema = 'public'
    ) items`;
  return String(row?.digest);
}

beforeAll(async () => {
  db = await createTestDatabase("atrium_empty");
  owner = db.owner;
});
afterAll(() => db.drop());

describe("migrations", () => {
  it("apply to an empty database, and a second run changes nothing", async () => {
    const [before] =
      await owner`select count(*)::int as n from pg_tables where schemaname = 'public'`;
    expect(before?.n).toBe(0);

    await applyMigrations(db.ownerUrl);
    const first = await schemaFingerprint(owner);
    const journal = JSON.parse(
      await readFile(path.join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8"),
    );
    const [applied] = await owner`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(applied?.n).toBe(journal.entries.length);

    await applyMigrations(db.ownerUrl);
    expect(await schemaFingerprint(owner)).toBe(first);
    const [again] = await owner`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(again?.n).toBe(journal.entries.length);
  });

  it("run as postgres, which is not a superuser and owns every public table", async () => {
    await applyMigrations(db.ownerUrl);
    const [me] =
      await owner`select current_user as name, rolsuper from pg_roles where rolname = current_user`;
    expect(me).toEqual({ name: "postgres", rolsuper: false });
    const owners =
      await owner`select distinct tableowner from pg_tables where schemaname = 'public'`;
    expect(owners.map((row) => row.tableowner)).toEqual(["postgres"]);
  });

  it("cannot create objects in Supabase's own schemas", async () => {
    for (const statement of [
      "create table auth.atrium_extra (id int)",
      "create function auth.atrium_fn() returns int language sql as 'select 1'",
      "create index atrium_idx on auth.users (created_at)",
    ]) {
      const error = await owner.unsafe(statement).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(postgres.PostgresError);
      expect((error as postgres.PostgresError).code).toBe("42501");
    }
  });

  it("may add policies on storage.objects, as on hosted, but nothing else in storage", async () => {
    await owner.unsafe(
      `create policy "atrium probe" on storage.objects for select to authenticated using (false)`,
    );
    await owner.unsafe(`drop policy "atrium probe" on storage.objects`);
    for (const statement of [
      "create table storage.atrium_extra (id int)",
      "create function storage.atrium_fn() returns int language sql as 'select 1'",
      "create index atrium_idx on storage.objects (created_at)",
      "alter table storage.objects disable row level security",
      "drop function storage.extension(text)",
    ]) {
      const error = await owner.unsafe(statement).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(postgres.PostgresError);
      expect({ statement, code: (error as postgres.PostgresError).code }).toEqual({
        statement,
        code: "42501",
      });
    }
  });

  it("leave the bootstrap alone when it is applied again", async () => {
    expect(await applyBootstrap(db.superuserUrl)).toEqual([]);
  });
});

describe("drizzle-kit generate", () => {
  it("finds no difference between db/schema and drizzle/", async () => {
    // drizzle-kit reads `out` relative to the working directory, so stay inside the project.
    await mkdir(".local", { recursive: true });
    const out = await mkdtemp(path.join(".local", "drizzle-check-"));
    try {
      await cp(MIGRATIONS_DIR, out, { recursive: true });
      const before = (await readdir(out)).sort();
      const bin = path.resolve("node_modules/.bin/drizzle-kit");
      const { stdout, stderr } = await promisify(execFile)(bin, ["generate"], {
        env: { ...process.env, DRIZZLE_OUT: out },
      });
      expect(`${stdout}${stderr}`).toContain("No schema changes");
      expect((await readdir(out)).sort()).toEqual(before);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
