// The database moves of a restore: a scratch database with Supabase's ground to load into, and
// swapping it in for the target (or dropping it when the restore fails), each on a maintenance
// connection, never inside the database being replaced.
import postgres from "postgres";
import { applyBootstrap, withDatabase } from "../../../supabase/local/database";
import { quoteIdent } from "./catalogue";

/**
 * A maintenance connection on template1: never the database being replaced (it may be
 * `postgres`), and dropping or renaming a database needs no session inside it.
 */
const maintenance = (superuserUrl: string) =>
  postgres(withDatabase(superuserUrl, "template1"), { max: 1, onnotice: () => {} });

/**
 * Ends every session on `name` and drops its replication slots, so that the database can be
 * dropped or renamed: a logical slot (persistent, or a temporary one whose walsender has not
 * exited yet) makes DROP DATABASE fail even WITH (FORCE).
 */
async function emptyDatabase(admin: postgres.Sql, name: string): Promise<void> {
  await admin`
    select pg_terminate_backend(pid, 5000) from pg_stat_activity
    where datname = ${name} and pid <> pg_backend_pid()`;
  await admin`
    select pg_drop_replication_slot(slot_name) from pg_replication_slots
    where database = ${name} and not active`;
}

/** Drops `name` if it exists, whoever is connected to it. */
async function dropIfExists(admin: postgres.Sql, name: string): Promise<void> {
  await emptyDatabase(admin, name);
  await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
}

/** Runs `move` on a maintenance connection, closed afterwards. */
async function onMaintenance(superuserUrl: string, move: (admin: postgres.Sql) => Promise<void>) {
  const admin = maintenance(superuserUrl);
  try {
    await move(admin);
  } finally {
    await admin.end();
  }
}

/**
 * An empty database named `name` (dropped first if a failed restore left it) with Supabase's ground.
 * @example await createScratchDatabase(superuserUrl, "atrium_restore");
 */
export async function createScratchDatabase(superuserUrl: string, name: string): Promise<void> {
  await onMaintenance(superuserUrl, async (admin) => {
    await dropIfExists(admin, name);
    // template0: nothing anyone added to template1 rides along into the restored database.
    await admin.unsafe(`create database ${quoteIdent(name)} template template0`);
  });
  await applyBootstrap(withDatabase(superuserUrl, name));
}

/** @example await dropDatabase(superuserUrl, "atrium_restore"); */
export async function dropDatabase(superuserUrl: string, name: string): Promise<void> {
  await onMaintenance(superuserUrl, (admin) => dropIfExists(admin, name));
}

/**
 * Replaces the database `target` with `scratch`, keeping the target's owner.
 * @example await swapDatabases(superuserUrl, "atrium_restore", "atrium");
 */
export async function swapDatabases(superuserUrl: string, scratch: string, target: string) {
  await onMaintenance(superuserUrl, async (admin) => {
    const [row] = await admin<{ owner: string }[]>`
      select pg_get_userbyid(datdba) as owner from pg_database where datname = ${target}`;
    await dropIfExists(admin, target);
    await emptyDatabase(admin, scratch);
    await admin.unsafe(`alter database ${quoteIdent(scratch)} rename to ${quoteIdent(target)}`);
    if (row) {
      await admin.unsafe(`alter database ${quoteIdent(target)} owner to ${quoteIdent(row.owner)}`);
    }
  });
}
