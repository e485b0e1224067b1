// Which process listens on a TCP port, read from Linux's /proc (the socket's inode in
// /proc/net/tcp*, then the process holding that inode among /proc/<pid>/fd); undefined elsewhere.
import { readdir, readFile, readlink } from "node:fs/promises";

/** Inodes of the sockets listening (state 0A) on `port`, IPv4 and IPv6. */
async function listeningInodes(port: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(table, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/);
      const local = fields[1]?.split(":")[1];
      if (local && fields[3] === "0A" && Number.parseInt(local, 16) === port && fields[9]) {
        inodes.add(fields[9]);
      }
    }
  }
  return inodes;
}

/** Whether something listens on `port` on any address, as far as /proc says. */
export async function isListening(port: number): Promise<boolean> {
  return (await listeningInodes(port)).size > 0;
}

/**
 * Names the process listening on `port`, e.g. `pid 4242 (node --import tsx scripts/dev.ts)`.
 * Best effort: undefined when /proc is missing or the owner's fds cannot be read.
 * @example await describePortOwner(54321)
 */
export async function describePortOwner(port: number): Promise<string | undefined> {
  const inodes = await listeningInodes(port);
  if (inodes.size === 0) {
    return undefined;
  }
  const targets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  const pids = (await readdir("/proc").catch(() => [])).filter((entry) => /^\d+$/.test(entry));
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      if (targets.has(target)) {
        const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
        const command = cmdline.split("\0").filter(Boolean).join(" ");
        const short = command.length > 100 ? `${command.slice(0, 97)}...` : command;
        return short ? `pid ${pid} (${short})` : `pid ${pid}`;
      }
    }
  }
  return undefined;
}
