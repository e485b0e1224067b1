// The Atrium database on a Postgres of its own, in a temporary folder with persistent data, so a
// fault test can stop Postgres under a running stack and start it again on the same port and data.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { applyBootstrap, applyMigrations, withDatabase } from "../../../supabase/local/database";
import { type PostgresServer, startPostgres } from "../../../supabase/local/postgres";
import { freePort } from "../../support/ports";

const DATABASE = "atrium";

export interface RestartableDatabase {
  /** The temporary folder: Postgres's data, and room for a test's own (storage, mailbox). */
  dir: string;
  /** The owner's (`postgres`) URL of the Atrium database; it stays valid across a restart. */
  ownerUrl: string;
  /** Stops Postgres under whatever is connected, as in an outage. */
  stopPostgres(): Promise<void>;
  /** Starts Postgres again on the same data and port. */
  startPostgres(): Promise<void>;
  /** Stops Postgres if it runs and removes the folder. */
  remove(): Promise<void>;
}

/**
 * @example const db = await startRestartableDatabase("atrium-fault-pg-"); … await db.remove();
 */
export async function startRestartableDatabase(prefix: string): Promise<RestartableDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  const options = { dataDir: path.join(dir, "data"), port: await freePort(), persistent: true };
  let pg: PostgresServer | undefined = await startPostgres(options);
  const admin = postgres(pg.superuserUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${DATABASE}`);
    // The bootstrap creates the `postgres` role, which then owns the database (as in global-setup).
    await applyBootstrap(pg.superuserUrl(DATABASE));
    await admin.unsafe(`alter database ${DATABASE} owner to postgres`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(pg.url("postgres"), DATABASE);
  await applyMigrations(ownerUrl);
  return {
    dir,
    ownerUrl,
    async stopPostgres() {
      await pg?.stop();
      pg = undefined;
    },
    async startPostgres() {
      pg = await startPostgres(options);
    },
    async remove() {
      await pg?.stop();
      pg = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
