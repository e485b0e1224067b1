// One long-lived Deno process per function, started on first use and again after it dies. The
// process listens on a loopback port it announces on stdout (see deno-bootstrap.mjs).
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const READY = "__atrium_function_listening__";
const bootstrap = fileURLToPath(new URL("./deno-bootstrap.mjs", import.meta.url));

export class BootError extends Error {}

export interface WorkerOptions {
  name: string;
  entry: string;
  deno: string;
  env: Record<string, string>;
  bootTimeoutMs: number;
  log: (line: string) => void;
}

export class FunctionWorker {
  private child: ChildProcess | undefined;
  private ready: Promise<number> | undefined;

  constructor(private readonly options: WorkerOptions) {}

  /** The pid of the running process, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Resolves with the port of a running process, starting one when none runs.
   * @throws BootError when the function exits or stays silent before it listens.
   */
  port(): Promise<number> {
    this.ready ??= this.start();
    return this.ready;
  }

  private start(): Promise<number> {
    const { name, log } = this.options;
    return new Promise<number>((resolve, reject) => {
      const child = spawn(
        this.options.deno,
        [
          "run",
          "--allow-net",
          "--allow-env",
          "--allow-read",
          "--allow-sys",
          "--no-prompt",
          "--no-lock",
          bootstrap,
          this.options.entry,
        ],
        { env: this.options.env, stdio: ["pipe", "pipe", "pipe"] },
      );
      this.child = child;
      let settled = false;
      const timer = setTimeout(() => {
        fail(new BootError(`${name} did not start within ${this.options.bootTimeoutMs} ms`));
        child.kill("SIGKILL");
      }, this.options.bootTimeoutMs);
      const fail = (error: Error) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(error);
        }
      };
      createInterface({ input: child.stdout }).on("line", (line) => {
        if (!settled && line.startsWith(READY)) {
          settled = true;
          clearTimeout(timer);
          resolve(Number(line.slice(READY.length).trim()));
          return;
        }
        log(`functions[${name}]: ${line}`);
      });
      createInterface({ input: child.stderr }).on("line", (line) => {
        log(`functions[${name}]: ${line}`);
      });
      child.once("error", (error) => fail(new BootError(`${name}: ${error.message}`)));
      child.once("exit", (code, signal) => {
        log(`functions[${name}]: exited (${signal ?? code})`);
        fail(new BootError(`${name} exited before listening (${signal ?? code})`));
        // The next request starts a fresh process.
        if (this.child === child) {
          this.child = undefined;
          this.ready = undefined;
        }
      });
    });
  }

  /**
   * Kills the process at once (tests simulate crashes with it); the next call restarts it.
   * With `onlyPid`, only if that process is still the current one (not a fresh restart).
   */
  kill(signal: NodeJS.Signals = "SIGKILL", onlyPid?: number): number | undefined {
    const child = this.child;
    if (!child || (onlyPid !== undefined && child.pid !== onlyPid)) {
      return undefined;
    }
    this.child = undefined;
    this.ready = undefined;
    child.kill(signal);
    return child.pid;
  }

  /** Stops the process, waiting for it to exit (SIGTERM, then SIGKILL after 2 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    this.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
    await exited;
    clearTimeout(timer);
  }
}
