// Checks `npm run dev` makes before starting anything: every port it must own is free, and the
// local dir can be written. Each failure is one line a person can act on, never a stack trace.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { describePortOwner, isListening } from "./port-owner";

/** A start-up refusal: its message is the whole explanation, printed without a stack. */
export class PreflightError extends Error {}

export interface PlannedPort {
  port: number;
  /** What will listen there, e.g. "API". */
  what: string;
  /** The variable that moves it, e.g. ATRIUM_API_PORT. */
  variable: string;
  /** An explicit or fixed port must be free; a default one may move to the next free port. */
  strict: boolean;
}

/** Whether a listener could bind 127.0.0.1:port now (and nothing listens there on any address). */
async function isFree(port: number): Promise<boolean> {
  const bindable = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  return bindable && !(await isListening(port));
}

/**
 * Refuses to start when a strict port is taken, naming every such port and, when /proc tells,
 * the process holding it; a taken default port is only reported, its part moves on its own.
 * @throws PreflightError, one line per taken port.
 * @example await checkPorts([{ port: 54321, what: "API", variable: "ATRIUM_API_PORT", strict: true }], log);
 */
export async function checkPorts(ports: PlannedPort[], log: (line: string) => void): Promise<void> {
  const taken: string[] = [];
  for (const planned of ports) {
    if (planned.port === 0 || (await isFree(planned.port))) {
      continue;
    }
    const owner = await describePortOwner(planned.port);
    const by = owner ? ` by ${owner}` : "";
    if (planned.strict) {
      taken.push(`Port ${planned.port} (${planned.what}) is already in use${by}.`);
    } else {
      log(`${planned.what}: port ${planned.port} is in use${by}; the next free port is used`);
    }
  }
  if (taken.length > 0) {
    const variables = ports
      .filter((planned) => planned.strict)
      .map((planned) => planned.variable)
      .join(", ");
    throw new PreflightError(
      `${taken.join("\n")}\nIs another \`npm run dev\` running? Stop it, or choose other ports with ${variables}.`,
    );
  }
}

const reasons: Record<string, string> = {
  ENOTDIR: "a part of that path is a file, not a directory",
  EEXIST: "a part of that path is a file, not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exhausted",
};

/**
 * Creates the local dir if needed and writes a probe file in it, so an unwritable or full
 * location is one clear line instead of a failure deep inside Postgres or the key store.
 * @throws PreflightError naming the directory and the reason.
 * @example await checkLocalDir(".local");
 */
export async function checkLocalDir(dir: string): Promise<void> {
  const absolute = path.resolve(dir);
  const probe = path.join(absolute, `.write-check-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(absolute, { recursive: true });
    await writeFile(probe, "ok\n");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error));
    throw new PreflightError(
      `ATRIUM_LOCAL_DIR ${absolute} cannot be written (${reason}): point ATRIUM_LOCAL_DIR at a writable directory with free space.`,
    );
  } finally {
    // Under a file, even removing the probe fails: the reason above is the one to report.
    await rm(probe, { force: true }).catch(() => {});
  }
}
