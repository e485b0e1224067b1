// `npm run dev` as a child process on free ports and a scratch local dir, for the tests that
// check the command itself and for the browser tests, which drive the product exactly as a
// person who typed it would.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { resolveDataDir } from "../../supabase/local/postgres";
import { freePort } from "./ports";

export type DevEnv = Record<string, string>;

/** What the start-up banner says, read back the way a person reads it. */
export interface DevBanner {
  api: string;
  admin: string;
  portal: string;
  mailbox: string;
  database: string;
  anonKey: string;
  /** For tests that act as the project owner (the Auth admin API), never for the browser. */
  serviceRoleKey: string;
}

export interface DevProcess {
  child: ChildProcess;
  output: () => string;
}

/** A scratch environment: its own local dir, env file and free ports for every part. */
export async function scratchDevEnv(): Promise<{ dir: string; env: DevEnv }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atrium-dev-"));
  const env: DevEnv = {
    ...(process.env as DevEnv),
    ATRIUM_LOCAL_DIR: path.join(dir, "local"),
    ATRIUM_ENV_FILE: path.join(dir, "env.local"),
    ATRIUM_API_PORT: String(await freePort()),
    ATRIUM_DB_PORT: String(await freePort()),
    ATRIUM_MAILBOX_PORT: String(await freePort()),
    ATRIUM_ADMIN_PORT: String(await freePort()),
    ATRIUM_PORTAL_PORT: String(await freePort()),
  };
  for (const inherited of [
    "DATABASE_URL",
    "PORTAL_URL",
    "ADMIN_URL",
    "RESEND_API_KEY",
    "RESEND_BASE_URL",
  ]) {
    delete env[inherited];
  }
  return { dir, env };
}

/** Removes the scratch dir and, as root, the cluster that may live outside it (resolveDataDir). */
export async function removeScratchDevEnv(dir: string, env: DevEnv): Promise<void> {
  const dataDir = await resolveDataDir(path.join(env.ATRIUM_LOCAL_DIR ?? "", "postgres"));
  await rm(dataDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

/** What `npm run dev` runs, after `node`. */
const devCommand = ["--import", "tsx", "scripts/dev.ts"];

/**
 * Starts the dev script and resolves with its output once it says it is running (or prints
 * `until`, to act in the middle of its start-up). `detached`
 * gives it its own process group (id = its pid), as a terminal does: `processGroup` then lists
 * whatever it started, and `process.kill(-pid, "SIGKILL")` is a `kill -9` of all of it.
 */
export function startDev(
  env: DevEnv,
  timeoutMs = 90_000,
  options: { detached?: boolean; until?: string; viaNpm?: boolean } = {},
): Promise<DevProcess> {
  const ready = options.until ?? "Press Ctrl-C to stop.";
  const root = path.resolve(import.meta.dirname, "../..");
  // As `npm run dev` runs it: tsx as a loader in one process. tsx's CLI would sit in between and
  // SIGKILL the script when it does not acknowledge a signal within 60 ms, leaving Postgres up.
  // `viaNpm`: through `npm run dev` itself, for what reaches the script through npm's own process.
  const [command, args] = options.viaNpm ? ["npm", ["run", "dev"]] : [process.execPath, devCommand];
  const child = spawn(command, args, {
    cwd: root,
    env,
    detached: options.detached ?? false,
  });
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGINT");
      reject(new Error(`dev did not start:\n${text}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes(ready)) {
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

/** Runs the dev script to its end (a start that must fail), with everything it printed. */
export function runDevToExit(env: DevEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, devCommand, {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env,
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}

/** Pids of the live processes in process group `pgid`, with their command lines (from /proc). */
async function processGroup(pgid: number): Promise<string[]> {
  const members: string[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after its closing paren.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] !== "Z" && Number(fields[2]) === pgid) {
      const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
      members.push(`${entry} ${cmdline.split("\0").join(" ").trim()}`);
    }
  }
  return members;
}

/** Waits (bounded) until process group `pgid` is empty; resolves with whatever is left. */
export async function waitForEmptyGroup(pgid: number, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let left = await processGroup(pgid);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = await processGroup(pgid);
  }
  return left;
}

/** Sends a signal (unless the script already exited) and resolves with its exit code. */
function signalAndWait(child: ChildProcess, send: () => void): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once("exit", (code) => resolve(code));
    send();
  });
}

/** `kill -9` of a whole process group, if anything of it is left. */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // Nothing left in the group.
  }
}

/** Ctrl-C, and the exit code once everything stopped. */
export function stopDev(child: ChildProcess): Promise<number | null> {
  return signalAndWait(child, () => child.kill("SIGINT"));
}

/**
 * Ctrl-C in a terminal: SIGINT to the whole process group of a `detached` start, so Postgres
 * gets it at the same moment as the script; resolves with the script's exit code.
 */
export function interruptGroup(child: ChildProcess): Promise<number | null> {
  return signalAndWait(child, () => process.kill(-(child.pid ?? 0), "SIGINT"));
}

/** SIGTERM (what a service manager or `kill` sends), and the exit code once everything stopped. */
export function terminateDev(child: ChildProcess): Promise<number | null> {
  return signalAndWait(child, () => child.kill("SIGTERM"));
}

/** @throws when a line a person needs is missing from the banner. */
export function readBanner(text: string): DevBanner {
  const find = (pattern: RegExp, what: string) => {
    const value = pattern.exec(text)?.[1];
    if (!value) {
      throw new Error(`the dev banner has no ${what}:\n${text}`);
    }
    return value;
  };
  return {
    api: find(/API \(supabase-js URL\)\s+(\S+)/, "API URL"),
    admin: find(/Admin\s+(\S+)/, "admin URL"),
    portal: find(/Portal\s+(\S+)/, "portal URL"),
    mailbox: find(/Mailbox\s+(\S+)/, "mailbox URL"),
    database: find(/Database\s+(\S+)/, "database URL"),
    anonKey: find(/anon key\s+(\S+)/, "anon key"),
    serviceRoleKey: find(/service_role key\s+(\S+)/, "service_role key"),
  };
}
