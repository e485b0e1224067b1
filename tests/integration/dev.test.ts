// `npm run dev` on a fresh local dir: starts Postgres and the API, seeds once, prints the logins
// and writes only browser-safe settings; Ctrl-C stops everything; a second start keeps the data.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDataDir } from "../../supabase/local/postgres";
import { DEMO_PASSWORD, demoLogins } from "../../supabase/seed/demo-data";
import { freePort } from "../support/ports";
import { nodeClient } from "../support/supabase-client";

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-dev-"));
  env = {
    ...(process.env as Record<string, string>),
    ATRIUM_LOCAL_DIR: path.join(dir, "local"),
    ATRIUM_ENV_FILE: path.join(dir, "env.local"),
    ATRIUM_API_PORT: String(await freePort()),
    ATRIUM_DB_PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
});
afterAll(async () => {
  // As root the cluster may live outside `dir` (see resolveDataDir): remove it too.
  const dataDir = await resolveDataDir(path.join(env.ATRIUM_LOCAL_DIR ?? "", "postgres"));
  await rm(dataDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

/** Starts the dev script and resolves with its output once it says it is running. */
function startDev(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/dev.ts"], { env });
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev did not start:\n${text}`)), 90_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("Press Ctrl-C to stop.")) {
        clearTimeout(timer);
        resolve({ child, output: () => text });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dev exited with ${code}:\n${text}`));
    });
  });
}

function stopDev(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}

describe("npm run dev", () => {
  it("starts everything, seeds once, and stops cleanly on Ctrl-C", {
    timeout: 240_000,
  }, async () => {
    const first = await startDev();
    const text = first.output();
    expect(text).toContain("database: demo data seeded");
    expect(text).toContain("admin@atrium.test");
    expect(text).toContain("clara@northwind.test");

    const api = `http://127.0.0.1:${env.ATRIUM_API_PORT}`;
    const health = await fetch(`${api}/health`);
    expect(health.status).toBe(200);

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
    const supabase = nodeClient(api, anonKey);
    const login = await supabase.auth.signInWithPassword({
      email: demoLogins.clientA,
      password: DEMO_PASSWORD,
    });
    expect(login.error).toBeNull();
    const projects = await supabase.from("projects").select("name").order("name");
    expect(projects.data).toEqual([{ name: "Mobile app" }, { name: "Website relaunch" }]);

    expect(await stopDev(first.child)).toBe(0);
    await expect(fetch(`${api}/health`)).rejects.toThrow();

    const second = await startDev();
    expect(second.output()).toContain("database: existing data kept");
    expect(await stopDev(second.child)).toBe(0);
  });

  it("stops the Postgres it started when start-up fails, and exits 1", {
    timeout: 120_000,
  }, async () => {
    const blocker = net.createServer();
    const apiPort = await freePort();
    await new Promise<void>((resolve) => blocker.listen(apiPort, "127.0.0.1", resolve));
    try {
      const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/dev.ts"], {
        env: { ...env, ATRIUM_API_PORT: String(apiPort) },
      });
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code).toBe(1);
      expect(text).toContain("EADDRINUSE");
      expect(text).toContain("start-up failed: stopping");
      // Nothing is left listening on the database port.
      const probe = net.connect(Number(env.ATRIUM_DB_PORT), "127.0.0.1");
      await expect(
        new Promise((resolve, reject) => {
          probe.once("connect", resolve);
          probe.once("error", reject);
        }),
      ).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      blocker.close();
    }
  });
});
