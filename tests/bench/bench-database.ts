// A throw-away migrated database for one benchmark: its own embedded Postgres on a free port.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { applyBootstrap, applyMigrations } from "../../supabase/local/database";
import { startPostgres } from "../../supabase/local/postgres";
import { freePort } from "../support/ports";

export interface BenchDatabase {
  /** URL as the migration owner `postgres`. */
  ownerUrl: string;
  superuserUrl: string;
  stop(): Promise<void>;
}

/**
 * @example const db = await startBenchDatabase("rest"); try { … } finally { await db.stop(); }
 */
export async function startBenchDatabase(name: string): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `atrium-bench-${name}-`));
  const pg = await startPostgres({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    persistent: false,
  });
  const stop = async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
  const admin = postgres(pg.superuserUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("create database bench");
    await applyBootstrap(pg.superuserUrl("bench"));
    await applyMigrations(pg.url("postgres", "bench"));
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await admin.end();
  }
  return { ownerUrl: pg.url("postgres", "bench"), superuserUrl: pg.superuserUrl("bench"), stop };
}
