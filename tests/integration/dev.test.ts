// `npm run dev` on a fresh local dir: starts Postgres, the API, the mailbox and the portal, seeds
// once, prints the logins and writes only browser-safe settings; a second start on its ports is
// refused without touching it; SIGTERM stops everything; a start after `kill -9` of the whole
// process group recovers; Ctrl-C during start-up stops cleanly; a start-up failure stops what was
// started; an unusable local dir is one line; a closed terminal, a SIGTERM to npm itself and a
// kill -9 of the script leave no Postgres behind that blocks the next start. Each dev start costs
// ~10 s, so one started instance serves several checks.
// Longer than ~300 lines on purpose: every case drives the same scratch local dir through a whole
// start and stop, one after the other, and reads its state left by the case before.
import { readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resolveDataDir } from "../../supabase/local/postgres";
import { DEMO_PASSWORD, demoLogins } from "../../supabase/seed/demo-data";
import {
  type DevEnv,
  type DevProcess,
  interruptGroup,
  killGroup,
  readBanner,
  removeScratchDevEnv,
  runDevToExit,
  scratchDevEnv,
  startDev,
  stopDev,
  terminateDev,
  waitForEmptyGroup,
} from "../support/dev-process";
import { nodeClient } from "../support/supabase-client";

let dir: string;
let env: DevEnv;

beforeAll(async () => {
  ({ dir, env } = await scratchDevEnv());
});
afterAll(() => removeScratchDevEnv(dir, env));

/** Where this env's cluster keeps postmaster.pid (outside the scratch dir when run as root). */
async function pidFileOf(devEnv: DevEnv): Promise<string> {
  const dataDir = await resolveDataDir(path.join(devEnv.ATRIUM_LOCAL_DIR ?? "", "postgres"));
  return path.join(dataDir, "postmaster.pid");
}

async function fileExists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

/** Signs in with a demo login and reads projects: the whole stack answers. */
async function clientAReadsProjects(api: string, anonKey: string): Promise<unknown> {
  const supabase = nodeClient(api, anonKey);
  const login = await supabase.auth.signInWithPassword({
    email: demoLogins.clientA,
    password: DEMO_PASSWORD,
  });
  expect(login.error).toBeNull();
  const projects = await supabase.from("projects").select("name").order("name");
  return projects.data;
}

async function expectRefused(port: string | undefined): Promise<void> {
  const probe = net.connect(Number(port), "127.0.0.1");
  await expect(
    new Promise((resolve, reject) => {
      probe.once("connect", resolve);
      probe.once("error", reject);
    }),
  ).rejects.toThrow(/ECONNREFUSED/);
  probe.destroy();
}

/**
 * A start after a killed run: it says how it recovered, keeps the data and serves it, then stops
 * on a terminal's Ctrl-C (to Postgres too: the stop must not wait for it forever).
 */
async function startsAgainAfterKill(recovery: string): Promise<DevProcess> {
  const again = await startDev(env, 90_000, { detached: true });
  expect(again.output()).toContain(recovery);
  expect(again.output()).toContain("database: existing data kept");
  const banner = readBanner(again.output());
  expect(await clientAReadsProjects(banner.api, banner.anonKey)).toEqual([
    { name: "Mobile app" },
    { name: "Website relaunch" },
  ]);
  expect(await interruptGroup(again.child)).toBe(0);
  expect(await waitForEmptyGroup(again.child.pid ?? 0)).toEqual([]);
  return again;
}

describe("npm run dev", () => {
  it("starts everything, seeds once, refuses a second start on its ports, and stops on SIGTERM", {
    timeout: 240_000,
  }, async () => {
    const first = await startDev(env, 90_000, { detached: true });
    const group = first.child.pid ?? 0;
    const text = first.output();
    expect(text).toContain("database: demo data seeded");
    expect(text).toContain("admin@atrium.test");
    expect(text).toContain("clara@northwind.test");
    // Staff sign-in needs an authenticator code: the banner says how to get the demo staff's.
    expect(text).toContain("npm run totp -- <email>");
    expect(text).toMatch(/admin@atrium\.test\s+ATRIUMDEMOADMIN2ATRIUMDEMOADMIN2/);
    expect(text).toMatch(/team@atrium\.test\s+ATRIUMDEMOTEAM22ATRIUMDEMOTEAM22/);

    const api = `http://127.0.0.1:${env.ATRIUM_API_PORT}`;
    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(200);

    // The portal is served where the banner says, and Auth's emails link there.
    const banner = readBanner(text);
    expect(banner.portal).toBe(`http://localhost:${env.ATRIUM_PORTAL_PORT}`);
    const portalPage = await fetch(`${banner.portal}/auth/confirm?type=signup`);
    expect(portalPage.status).toBe(200);
    expect(await portalPage.text()).toContain('<div id="root"></div>');
    expect(banner.admin).toBe(`http://localhost:${env.ATRIUM_ADMIN_PORT}`);
    const adminPage = await fetch(`${banner.admin}/signup-requests`);
    expect(adminPage.status).toBe(200);
    expect(await adminPage.text()).toContain("<title>Atrium admin</title>");

    const written = await readFile(env.ATRIUM_ENV_FILE ?? "", "utf8");
    expect(written).toContain(`VITE_SUPABASE_URL=${api}`);
    expect(written).toMatch(/VITE_SUPABASE_ANON_KEY=ey/);
    expect(written).not.toMatch(/service_role|SERVICE/i);

    const sql = postgres(
      `postgresql://postgres:postgres@127.0.0.1:${env.ATRIUM_DB_PORT}/postgres`,
      {
        max: 1,
        onnotice: () => {},
      },
    );
    const roles =
      await sql`select role::text, count(*)::int as n from profiles group by 1 order by 1`;
    await sql.end();
    expect(roles).toEqual([
      { role: "admin", n: 1 },
      { role: "client", n: 6 },
      { role: "team", n: 1 },
    ]);

    // The printed URL and anon key work with supabase-js, and the printed logins sign in.
    const anonKey = /VITE_SUPABASE_ANON_KEY=(\S+)/.exec(written)?.[1] ?? "";
    const projects = [{ name: "Mobile app" }, { name: "Website relaunch" }];
    expect(await clientAReadsProjects(api, anonKey)).toEqual(projects);

    // A second start on the same ports names each taken port and who holds it, before it
    // touches Postgres, and exits 1; the first keeps serving.
    const second = await runDevToExit(env);
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      `Port ${env.ATRIUM_API_PORT} (API) is already in use by pid ${group} (`,
    );
    expect(second.output).toMatch(
      new RegExp(
        `Port ${env.ATRIUM_DB_PORT} \\(Postgres\\) is already in use by pid \\d+ \\(\\S*postgres -D`,
      ),
    );
    expect(second.output).toContain(`Port ${env.ATRIUM_PORTAL_PORT} (portal) is already in use`);
    expect(second.output).toContain("Is another `npm run dev` running?");
    expect(second.output).not.toContain("database: starting");
    expect(second.output).not.toMatch(/^\s+at /m);
    expect((await fetch(`${api}/health`)).status).toBe(200);
    expect(await clientAReadsProjects(api, anonKey)).toEqual(projects);

    // SIGTERM stops every process it started (Postgres removes its postmaster.pid on a clean
    // shutdown) and frees every port.
    expect(await terminateDev(first.child)).toBe(0);
    expect(first.output()).toContain("SIGTERM: stopping");
    // Every part closed its servers and file watchers itself; the exit ended nothing left over.
    expect(first.output()).not.toContain("still open after the stop");
    expect(await waitForEmptyGroup(group)).toEqual([]);
    expect(await fileExists(await pidFileOf(env))).toBe(false);
    await expect(fetch(`${api}/health`)).rejects.toThrow();
    await expect(fetch(banner.portal)).rejects.toThrow();
    await expect(fetch(banner.admin)).rejects.toThrow();
    await expectRefused(env.ATRIUM_DB_PORT);
  });

  it("starts again after a kill -9 of the whole process group, keeping the data", {
    timeout: 240_000,
  }, async () => {
    const killed = await startDev(env, 90_000, { detached: true });
    expect(killed.output()).toContain("database: existing data kept");
    const group = killed.child.pid ?? 0;
    killed.child.removeAllListeners("exit");
    process.kill(-group, "SIGKILL");
    expect(await waitForEmptyGroup(group)).toEqual([]);
    const pidFile = await pidFileOf(env);
    const stale = await readFile(pidFile, "utf8");

    // Containers hand a dead server's pid to the next process at once. Make the stale file name
    // a live process of the postgres OS user (a backend of the tests' own cluster): Postgres on
    // its own takes that for a running server and refuses to start.
    const other = postgres(inject("superuserUrl"), { max: 1, onnotice: () => {} });
    try {
      const [backend] = await other<{ pid: number }[]>`select pg_backend_pid() as pid`;
      const lines = stale.split("\n");
      lines[0] = String(backend?.pid);
      await writeFile(pidFile, lines.join("\n"));

      const again = await startsAgainAfterKill("postgres: removed a stale postmaster.pid");
      // Every part closed its servers and file watchers itself: nothing is named after the stop.
      expect(again.output()).toMatch(/SIGINT: stopping\nstopped\n$/);
      expect(await fileExists(pidFile)).toBe(false);
    } finally {
      await other.end();
    }
  });

  it("stops on a closed terminal, and a start after a kill -9 of the script alone takes over its Postgres", {
    timeout: 240_000,
  }, async () => {
    // A closed terminal hangs up on the whole group; Postgres alone would take it as "reload".
    const hungUp = await startDev(env, 90_000, { detached: true });
    const hungUpGroup = hungUp.child.pid ?? 0;
    const code = await new Promise<number | null>((resolve) => {
      hungUp.child.removeAllListeners("exit");
      hungUp.child.once("exit", resolve);
      process.kill(-hungUpGroup, "SIGHUP");
    });
    expect(code).toBe(0);
    expect(hungUp.output()).toMatch(/SIGHUP: stopping\nstopped\n$/);
    expect(await waitForEmptyGroup(hungUpGroup)).toEqual([]);
    expect(await fileExists(await pidFileOf(env))).toBe(false);

    // kill -9 of the script alone: its Postgres, adopted by init, keeps the port and the dir.
    const killed = await startDev(env, 90_000, { detached: true });
    const killedGroup = killed.child.pid ?? 0;
    killed.child.removeAllListeners("exit");
    killed.child.kill("SIGKILL");
    try {
      const server = Number.parseInt(await readFile(await pidFileOf(env), "utf8"), 10);
      await startsAgainAfterKill(
        `postgres: stopping the server (pid ${server}) an earlier run left on`,
      );
      expect(await waitForEmptyGroup(killedGroup)).toEqual([]);
    } finally {
      // Whatever a failed check left of the killed run.
      killGroup(killedGroup);
    }
  });

  it("stops everything on a SIGTERM sent to the npm process alone (an IDE's or a manager's stop)", {
    timeout: 150_000,
  }, async () => {
    const npm = await startDev(env, 90_000, { detached: true, viaNpm: true });
    const group = npm.child.pid ?? 0;
    try {
      // npm runs the script through a shell, which passed nothing on before package.json's exec.
      await terminateDev(npm.child);
      expect(await waitForEmptyGroup(group, 30_000)).toEqual([]);
      expect(npm.output()).toContain("SIGTERM: stopping");
      expect(await fileExists(await pidFileOf(env))).toBe(false);
      await expectRefused(env.ATRIUM_API_PORT);
    } finally {
      killGroup(group);
    }
  });

  it("on a Ctrl-C in the middle of its start-up, starts nothing more and stops what it started", {
    timeout: 120_000,
  }, async () => {
    // The database is up and the apps are starting when the signal comes (to the script alone,
    // as `kill -INT` sends it): what is starting is waited for and stopped, the banner never shows.
    const starting = await startDev(env, 90_000, {
      detached: true,
      until: "database: existing data kept",
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await stopDev(starting.child)).toBe(0);
    const afterSignal = starting.output().split("SIGINT: stopping")[1];
    expect(afterSignal).toMatch(/\nstopped\n$/);
    expect(afterSignal).not.toContain("Atrium is running");
    expect(afterSignal).not.toMatch(/Error|at .*\.js:\d+/);
    expect(await waitForEmptyGroup(starting.child.pid ?? 0)).toEqual([]);
    expect(await fileExists(await pidFileOf(env))).toBe(false);
    await expectRefused(env.ATRIUM_DB_PORT);
    await expectRefused(env.ATRIUM_API_PORT);
  });

  it("stops the Postgres it started when a later step fails, and exits 1", {
    timeout: 120_000,
  }, async () => {
    // The env file is written last, after everything is up: under a file it cannot be.
    const file = path.join(dir, "a-file");
    await writeFile(file, "not a directory\n");
    const failed = await runDevToExit({ ...env, ATRIUM_ENV_FILE: path.join(file, "env.local") });
    expect(failed.code).toBe(1);
    expect(failed.output).toContain("ENOTDIR");
    expect(failed.output).toContain("start-up failed: stopping");
    await expectRefused(env.ATRIUM_DB_PORT);
    await expectRefused(env.ATRIUM_API_PORT);
    expect(await fileExists(await pidFileOf(env))).toBe(false);
  });

  it("explains an unusable local dir in one line and exits 1", async () => {
    const file = path.join(dir, "in-the-way");
    await writeFile(file, "not a directory\n");
    const localDir = path.join(file, "local");
    const failed = await runDevToExit({ ...env, ATRIUM_LOCAL_DIR: localDir });
    expect(failed.code).toBe(1);
    expect(failed.output.trim().split("\n")).toEqual([
      `ATRIUM_LOCAL_DIR ${localDir} cannot be written (a part of that path is a file, not a directory): point ATRIUM_LOCAL_DIR at a writable directory with free space.`,
    ]);
    await expectRefused(env.ATRIUM_DB_PORT);
  });
});
