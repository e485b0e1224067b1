// `npm run dev` on a fresh local dir: starts Postgres, the API, the mailbox and the portal, seeds
// once, prints the logins and writes only browser-safe settings; Ctrl-C stops everything; a
// second start keeps the data.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import net from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoLogins } from "../../supabase/seed/demo-data";
import {
  type DevEnv,
  devCommand,
  readBanner,
  removeScratchDevEnv,
  scratchDevEnv,
  startDev,
  stopDev,
} from "../support/dev-process";
import { freePort } from "../support/ports";
import { nodeClient } from "../support/supabase-client";

let dir: string;
let env: DevEnv;

beforeAll(async () => {
  ({ dir, env } = await scratchDevEnv());
});
afterAll(() => removeScratchDevEnv(dir, env));

describe("npm run dev", () => {
  it("starts everything, seeds once, and stops cleanly on Ctrl-C", {
    timeout: 240_000,
  }, async () => {
    const first = await startDev(env);
    const text = first.output();
    expect(text).toContain("database: demo data seeded");
    expect(text).toContain("admin@atrium.test");
    expect(text).toContain("clara@northwind.test");

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
    await expect(fetch(banner.portal)).rejects.toThrow();
    await expect(fetch(banner.admin)).rejects.toThrow();

    const second = await startDev(env);
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
      const child = spawn(process.execPath, devCommand, {
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
