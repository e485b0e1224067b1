// Test databases: one Postgres cluster per test run (global set-up), one fresh database per test
// file, cloned from a migrated template so each file starts from the same clean schema.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { withDatabase } from "../../supabase/local/database";
import { roleUrl } from "../../supabase/local/stack";
import { forFile } from "./for-file";

export interface TestDatabase {
  name: string;
  /** URL as the non-superuser `postgres` (the migration owner). */
  ownerUrl: string;
  /** URL as `authenticator`, the role REST logs in with. */
  authenticatorUrl: string;
  /** URL as the superuser, for set-up only (e.g. writing auth.users as GoTrue would). */
  superuserUrl: string;
  /** A pool as `postgres`, the owner (RLS does not apply): set-up and checks. */
  owner: postgres.Sql;
  /** A pool as `authenticator`, for running SQL as API roles (see as-role.ts). */
  api: postgres.Sql;
  /** Closes both pools and drops the database. */
  drop(): Promise<void>;
}

/**
 * Clones the migrated template into a new database for one test file.
 * @example const db = await createTestDatabase(); afterAll(() => db.drop());
 */
export async function createTestDatabase(
  template: "atrium_template" | "atrium_seeded" | "atrium_empty" = "atrium_template",
): Promise<TestDatabase> {
  const superuserUrl = inject("superuserUrl");
  const name = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${template} owner postgres`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(superuserUrl, name);
  const ownerUrl = roleUrl(url, "postgres");
  const authenticatorUrl = roleUrl(url, "authenticator");
  // postgres.js connects on first use, so files that never query through a pool pay nothing.
  const owner = postgres(ownerUrl, { max: 2, onnotice: () => {} });
  const api = postgres(authenticatorUrl, { max: 4, onnotice: () => {} });
  return {
    name,
    ownerUrl,
    authenticatorUrl,
    superuserUrl: url,
    owner,
    api,
    async drop() {
      await Promise.all([owner.end(), api.end()]);
      const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}

/**
 * The database of one test file, cloned before its tests and dropped after.
 * @example const db = databaseForFile("atrium_seeded"); it("…", () => db.owner`select 1`);
 */
export function databaseForFile(
  template: "atrium_template" | "atrium_seeded" | "atrium_empty" = "atrium_template",
): TestDatabase {
  return forFile(
    () => createTestDatabase(template),
    (db) => db.drop(),
  );
}
