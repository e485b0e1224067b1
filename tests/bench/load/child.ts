// Runs a bench helper script as its own Node process (`node --import tsx`), so load and server
// never share an event loop; the child prints one JSON line on stdout when it has something to say.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Child {
  process: ChildProcess;
  /** The next JSON line the child prints. */
  next<T>(): Promise<T>;
  /** Sends one command line and waits for the child's one-line answer. */
  send<T>(command: unknown): Promise<T>;
  /** Asks the child to finish (closes its stdin) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * @example const server = spawnChild("floor-server.ts", input); const { url } = await server.next<{ url: string }>();
 */
export function spawnChild(script: string, input: unknown, nodeFlags: string[] = []): Child {
  const child = spawn(
    process.execPath,
    [...nodeFlags, "--import", "tsx", path.join(here, script), JSON.stringify(input)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let buffer = "";
  let ended = false;
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (chunk: string) => {
    buffer += chunk;
    for (let at = buffer.indexOf("\n"); at >= 0; at = buffer.indexOf("\n")) {
      const line = buffer.slice(0, at).trim();
      buffer = buffer.slice(at + 1);
      if (!line.startsWith("{")) {
        continue;
      }
      const resolve = waiting.shift();
      if (resolve) {
        resolve(line);
      } else {
        lines.push(line);
      }
    }
  });
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      ended = true;
      for (const resolve of waiting.splice(0)) {
        resolve(null);
      }
      resolve();
    });
  });
  return {
    process: child,
    async next<T>() {
      const line =
        lines.shift() ??
        (ended ? null : await new Promise<string | null>((resolve) => waiting.push(resolve)));
      if (line === null) {
        throw new Error(`${script} exited (code ${child.exitCode}) before printing its result`);
      }
      return JSON.parse(line) as T;
    },
    send<T>(command: unknown) {
      child.stdin?.write(`${JSON.stringify(command)}\n`);
      return this.next<T>();
    },
    async stop() {
      if (!ended) {
        child.stdin?.end();
      }
      await exited;
    },
  };
}
