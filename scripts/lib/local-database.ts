// Opens the database the scripts work on: the embedded Postgres under the local dir (bootstrapped
// and migrated), or DATABASE_URL (migrated only: a hosted project already has Supabase's ground).
import net from "node:net";
import path from "node:path";
import postgres from "postgres";
import { applyBootstrap, applyMigrations } from "../../supabase/local/database";
import type { LocalEnv } from "../../supabase/local/env";
import { resolveDataDir, startPostgres } from "../../supabase/local/postgres";
import { stopOrphanedServer } from "../../supabase/local/postgres-lock";
import { describePortOwner } from "./port-owner";

export interface OpenDatabase {
  /** URL as the migration owner `postgres`. */
  databaseUrl: string;
  isEmbedded: boolean;
  /** URL as the cluster superuser; embedded only (backup and restore read every schema). */
  superuserUrl?: string;
  /** Stops the embedded cluster; nothing to do for DATABASE_URL. */
  stop(): Promise<void>;
}

/** The embedded cluster's directory, as startPostgres will really use it. */
export function embeddedDataDir(env: LocalEnv): Promise<string> {
  return resolveDataDir(path.resolve(env.ATRIUM_LOCAL_DIR, "postgres"));
}

async function assertPortFree(port: number, what: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  if (!free) {
    const owner = await describePortOwner(port);
    throw new Error(
      `Port ${port} (${what}) is in use${owner ? ` by ${owner}` : ""}. Is another \`npm run dev\` running? Stop it, or pick another port with ATRIUM_${what === "Postgres" ? "DB" : "API"}_PORT.`,
    );
  }
}

/**
 * @example const db = await openDatabase(env, console.log); ...; await db.stop();
 */
export async function openDatabase(
  env: LocalEnv,
  log: (line: string) => void,
): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    log("database: DATABASE_URL given, applying migrations there");
    await applyMigrations(env.DATABASE_URL);
    return { databaseUrl: env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  await stopOrphanedServer(await embeddedDataDir(env), log);
  await assertPortFree(env.ATRIUM_DB_PORT, "Postgres");
  log(`database: starting embedded PostgreSQL on port ${env.ATRIUM_DB_PORT}`);
  const pg = await startPostgres({
    dataDir: path.resolve(env.ATRIUM_LOCAL_DIR, "postgres"),
    port: env.ATRIUM_DB_PORT,
    persistent: true,
    onLog: (line) => {
      if (line.startsWith("postgres:")) {
        log(line);
      }
    },
  });
  try {
    const applied = await applyBootstrap(pg.superuserUrl());
    if (applied.length > 0) {
      log(`database: Supabase bootstrap applied (${applied.join(", ")})`);
    }
    await applyMigrations(pg.url("postgres"));
    log("database: migrations up to date");
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return {
    databaseUrl: pg.url("postgres"),
    isEmbedded: true,
    superuserUrl: pg.superuserUrl(),
    stop: () => pg.stop(),
  };
}

/**
 * Opens the database, runs `work` with a connection as the migration owner, then closes both.
 * @example await withDatabase(env, console.log, (sql) => seedIfEmpty(sql));
 */
export async function withDatabase<T>(
  env: LocalEnv,
  log: (line: string) => void,
  work: (sql: postgres.Sql) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(env, log);
  const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
    await database.stop();
  }
}

/** Runs a db:* script's body; a failure prints its message (no stack) and exits 1. */
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
