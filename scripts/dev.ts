// `npm run dev`: the whole product locally. Postgres (embedded unless DATABASE_URL), Supabase's
// ground and our migrations, demo data on an empty database, the API on one port, the mailbox, the
// admin and the portal; prints what it started and the demo logins, and stops all on Ctrl-C.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { largestBucketLimit } from "../db/storage/buckets";
import { type LocalEnv, parseLocalEnv } from "../supabase/local/env";
import { loadOrCreateApiKeys } from "../supabase/local/keys";
import { loadMailboxConfig, type MailboxConfig } from "../supabase/local/mailbox/config";
import { startDevEmail } from "../supabase/local/mailbox/dev";
import { EnvError } from "../supabase/local/parse-env";
import { stopOrphanedServer } from "../supabase/local/postgres-lock";
import { startLocalStack } from "../supabase/local/stack";
import { demoLoginLines, seedIfEmpty } from "../supabase/seed/demo-data";
import { describeLeftOpen } from "./lib/left-open";
import { Lifecycle } from "./lib/lifecycle";
import { embeddedDataDir, openDatabase } from "./lib/local-database";
import { checkLocalDir, checkPorts, type PlannedPort, PreflightError } from "./lib/preflight";
import { startViteApp } from "./lib/vite-app";

const log = (line: string) => console.log(line);

const parts = new Lifecycle(log);

/**
 * Stops everything, then exits; the first caller's exit code wins. The exit is what ends the
 * process: a server or file watcher some part left open must not keep `npm run dev` alive after
 * it said "stopped", so a leftover is named, not waited for.
 */
async function stopAll(reason: string, code: number): Promise<never> {
  await parts.stop(reason);
  // A server or watcher that was just closed holds its handle until the loop's next close
  // phase (a Postgres already stopped by a terminal's Ctrl-C leaves no time for one): let it pass.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const leftOpen = describeLeftOpen();
  if (leftOpen) {
    log(leftOpen);
  }
  process.exit(code);
}

/** Every port this run will listen on; the fixed or explicitly chosen ones must be free. */
function plannedPorts(env: LocalEnv, mailbox: MailboxConfig): PlannedPort[] {
  const ports: PlannedPort[] = [
    { port: env.ATRIUM_API_PORT, what: "API", variable: "ATRIUM_API_PORT", strict: true },
  ];
  if (!env.DATABASE_URL) {
    ports.push({
      port: env.ATRIUM_DB_PORT,
      what: "Postgres",
      variable: "ATRIUM_DB_PORT",
      strict: true,
    });
  }
  // The mailbox runs unless mail goes to Resend itself or to another RESEND_BASE_URL.
  if (!env.RESEND_API_KEY && !env.RESEND_BASE_URL) {
    ports.push({
      port: mailbox.port,
      what: "mailbox",
      variable: "ATRIUM_MAILBOX_PORT",
      strict: mailbox.isPortChosen,
    });
  }
  ports.push(
    {
      port: env.ATRIUM_ADMIN_PORT.port,
      what: "admin",
      variable: "ATRIUM_ADMIN_PORT",
      strict: env.ATRIUM_ADMIN_PORT.isChosen,
    },
    {
      port: env.ATRIUM_PORTAL_PORT.port,
      what: "portal",
      variable: "ATRIUM_PORTAL_PORT",
      strict: env.ATRIUM_PORTAL_PORT.isChosen,
    },
  );
  return ports;
}

async function main() {
  // Handled from the first moment, so Ctrl-C during start-up never leaves Postgres behind.
  process.on("SIGINT", () => void stopAll("SIGINT", 0));
  process.on("SIGTERM", () => void stopAll("SIGTERM", 0));
  // A closed terminal hangs up on its whole process group. Postgres takes SIGHUP as "reload" and
  // would outlive us, holding its port and data dir: stop as on Ctrl-C.
  process.on("SIGHUP", () => void stopAll("SIGHUP", 0));
  // npm killed with -9 (an IDE's stop button, the OOM killer) passes nothing on, and the stack
  // would run on unseen with nothing left to stop it. A new parent means the old one is gone.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      void stopAll("npm run dev is gone", 0);
    }
  }, 1_000).unref();
  // A crash in any part must still stop Postgres: with these handlers Node waits for stopAll
  // instead of exiting at once and leaving the cluster running.
  const crash = (error: unknown) => {
    // Once a stop has begun, parts closing under a start still in progress is expected.
    if (!parts.isStopping) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    void stopAll("crashed", 1);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  // The one read of the environment: each part below gets its settings from a zod schema over it
  // (this file's, the mailbox's, and each stack component's own), so a bad value fails here.
  const environment = { ...process.env };
  const env = parseLocalEnv(environment);
  // Before Postgres starts: a second `npm run dev` must leave the first one's cluster alone.
  await checkLocalDir(env.ATRIUM_LOCAL_DIR);
  // …but a cluster whose run died without stopping it (kill -9) has no owner left to wait for.
  if (!env.DATABASE_URL) {
    await stopOrphanedServer(await embeddedDataDir(env), log);
  }
  await checkPorts(plannedPorts(env, loadMailboxConfig(environment)), log);
  const database = await parts.start("database", () => openDatabase(env, log));
  const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
  let seeded: boolean;
  try {
    seeded = await seedIfEmpty(sql);
  } finally {
    await sql.end();
  }
  log(seeded ? "database: demo data seeded" : "database: existing data kept");

  const keys = await loadOrCreateApiKeys(env.ATRIUM_LOCAL_DIR, env.JWT_SECRET);
  const apiUrl = `http://127.0.0.1:${env.ATRIUM_API_PORT}`;
  // Vite prefers VITE_ values already in the environment over .env files: the local stack wins.
  // (Written, not read: Vite's config loader takes them from this process's environment.)
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = keys.anonKey;
  const portal = await parts.start("portal", () =>
    startViteApp({
      configFile: path.resolve(import.meta.dirname, "../portal/vite.config.ts"),
      port: env.ATRIUM_PORTAL_PORT.port,
      strictPort: env.ATRIUM_PORTAL_PORT.isChosen,
    }),
  );
  const admin = await parts.start("admin", () =>
    startViteApp({
      configFile: path.resolve(import.meta.dirname, "../admin/vite.config.ts"),
      port: env.ATRIUM_ADMIN_PORT.port,
      strictPort: env.ATRIUM_ADMIN_PORT.isChosen,
    }),
  );
  // Auth's site URL and every email link point at the apps as they actually listen.
  const email = await parts.start("email", () =>
    startDevEmail(
      {
        ...environment,
        PORTAL_URL: env.PORTAL_URL ?? portal.url,
        ADMIN_URL: env.ADMIN_URL ?? admin.url,
      },
      apiUrl,
      log,
    ),
  );
  const stack = await parts.start("api", () =>
    startLocalStack({
      port: env.ATRIUM_API_PORT,
      keys,
      databaseUrl: database.databaseUrl,
      // Storage's global cap must not cut the beta-builds bucket's own limit short.
      env: { FILE_SIZE_LIMIT: String(largestBucketLimit()), ...environment, ...email.env },
      log,
    }),
  );
  email.connect(stack.url);

  // Vite reads .env.local; only browser-safe values go there (never the service role key).
  const envFile = path.resolve(env.ATRIUM_ENV_FILE);
  const envText = `# Written by npm run dev for the admin and the portal.\nVITE_SUPABASE_URL=${stack.url}\nVITE_SUPABASE_ANON_KEY=${keys.anonKey}\n`;
  // Vite restarts both apps whenever a .env file changes, even to the same text: leave it be.
  if ((await readFile(envFile, "utf8").catch(() => undefined)) !== envText) {
    await writeFile(envFile, envText);
  }
  parts.stillStarting();

  log("");
  log("Atrium is running");
  log(
    `  API (supabase-js URL)  ${stack.url}   REST ${stack.url}/rest/v1   Auth ${stack.url}/auth/v1`,
  );
  log(`  Realtime / Storage     ${stack.url}/realtime/v1   ${stack.url}/storage/v1`);
  log(`  Edge Functions         ${stack.url}/functions/v1`);
  log(`  Admin                  ${admin.url}   (staff: team and admin logins)`);
  log(`  Portal                 ${portal.url}   (clients; email links open here)`);
  for (const line of email.lines) {
    log(line);
  }
  log(`  Database               ${database.databaseUrl}`);
  log(`  anon key               ${keys.anonKey}`);
  log(`  service_role key       ${keys.serviceRoleKey}`);
  log(`  publishable / secret   ${keys.publishableKey}   ${keys.secretKey}`);
  log(`  .env.local             ${envFile}`);
  log("");
  log("Demo logins (email, password, role):");
  for (const line of demoLoginLines()) {
    log(line);
  }
  log("");
  log("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  if (parts.isStopping) {
    // Ctrl-C during start-up: the step that failed was cut short by the stop, not broken, and
    // the stop already under way decides the exit code.
    void stopAll("start-up interrupted", 1);
    return;
  }
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof PreflightError || error instanceof EnvError) {
    // Nothing was started: the explanation is all there is to say.
    process.exit(1);
  }
  void stopAll("start-up failed", 1);
});
