// Prepares a local database the way hosted Supabase hands one over: Supabase's own ground
// (supabase/bootstrap, as superuser) and then our Drizzle migrations (as the non-superuser postgres).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BOOTSTRAP_DIR = path.join(root, "supabase/bootstrap");
export const MIGRATIONS_DIR = path.join(root, "drizzle");

const quiet = { onnotice: () => {} };

/**
 * Applies each `supabase/bootstrap/*.sql` file once per database, in name order, recording it in
 * `supabase_migrations.bootstrap`. Needs a superuser URL: it creates roles and event triggers.
 * @example await applyBootstrap(pg.superuserUrl("postgres"));
 */
export async function applyBootstrap(superuserUrl: string, dir = BOOTSTRAP_DIR): Promise<string[]> {
  const sql = postgres(superuserUrl, { max: 1, ...quiet });
  const applied: string[] = [];
  try {
    await sql`create schema if not exists supabase_migrations`;
    await sql`create table if not exists supabase_migrations.bootstrap (
      name text primary key, applied_at timestamptz not null default now())`;
    const done = new Set(
      (await sql<{ name: string }[]>`select name from supabase_migrations.bootstrap`).map(
        (row) => row.name,
      ),
    );
    const files = (await readdir(dir)).filter((file) => file.endsWith(".sql")).sort();
    for (const file of files) {
      if (done.has(file)) {
        continue;
      }
      const text = await readFile(path.join(dir, file), "utf8");
      await sql.begin(async (tx) => {
        await tx.unsafe(text).simple();
        await tx`insert into supabase_migrations.bootstrap (name) values (${file})`;
      });
      applied.push(file);
    }
  } finally {
    await sql.end();
  }
  return applied;
}

/**
 * Runs the pending Drizzle migrations as the connecting role (the non-superuser `postgres`
 * locally, as on hosted Supabase), then asks PostgREST-compatible servers to reload.
 * @example await applyMigrations(pg.url("postgres"));
 */
export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, ...quiet });
  try {
    await migrate(drizzle(sql), { migrationsFolder: dir, migrationsSchema: "drizzle" });
    await sql`select pg_notify('pgrst', 'reload schema')`;
  } finally {
    await sql.end();
  }
}

/** Replaces the database part of a connection URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
