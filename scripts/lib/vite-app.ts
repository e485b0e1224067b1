// Starts one of the browser apps (portal, later admin) on Vite's dev server, in this process, so
// `npm run dev` knows its real URL before it tells Auth and the emails where the portal lives.
import { createServer, type ViteDevServer } from "vite";

export interface ViteApp {
  url: string;
  stop(): Promise<void>;
}

export interface ViteAppOptions {
  configFile: string;
  port: number;
  /** An explicitly chosen port must be free; the default may move to the next free one. */
  strictPort: boolean;
}

type Listener = (...args: unknown[]) => void;

/**
 * Vite's dev server, made from a script rather than its CLI, still installs a SIGTERM listener
 * and a stdin `end` listener that close only Vite and call `process.exit()`: on SIGTERM (or
 * with stdin closed) the process died before `npm run dev` stopped Postgres, leaving it orphaned.
 * Whoever starts the app stops it (dev on its signals), so those listeners are taken back.
 */
async function withoutViteExitHooks<T>(create: () => Promise<T>): Promise<T> {
  const sigterm = process.listeners("SIGTERM");
  const stdinEnd = process.stdin.listeners("end");
  try {
    return await create();
  } finally {
    for (const listener of process.listeners("SIGTERM")) {
      if (!sigterm.includes(listener)) {
        process.removeListener("SIGTERM", listener);
      }
    }
    for (const listener of process.stdin.listeners("end") as Listener[]) {
      if (!stdinEnd.includes(listener)) {
        process.stdin.removeListener("end", listener);
      }
    }
  }
}

/**
 * Vite restarts its server when a config or .env file changes (`npm run dev` itself writes
 * .env.local once the apps are up): it builds a new server, closes the old one and listens
 * again. A close() during that restart closed the old server only, and the new one came up
 * after the stop, listening with its file watchers. Every restart goes through `restart` on the
 * server object (Vite then copies the new server onto it), so the stop waits for a restart
 * under way and closes whatever server is current after it, and a stopped app restarts no more.
 */
function stopFollowingRestarts(server: ViteDevServer): () => Promise<void> {
  let restart = server.restart;
  let restarting: Promise<void> | undefined;
  let isStopped = false;
  // An accessor, so that Vite's Object.assign of the new server replaces what it calls, not this.
  Object.defineProperty(server, "restart", {
    configurable: true,
    enumerable: true,
    get: () => (forceOptimize?: boolean) => {
      if (isStopped) {
        return Promise.resolve();
      }
      restarting = restart.call(server, forceOptimize);
      return restarting;
    },
    set: (next: ViteDevServer["restart"]) => {
      restart = next;
    },
  });
  return async () => {
    isStopped = true;
    // A failed restart leaves the old server up; Vite has already logged why.
    await restarting?.catch(() => undefined);
    await server.close();
  };
}

/** @example const portal = await startViteApp({ configFile: "portal/vite.config.ts", port: 5174, strictPort: false }); */
export async function startViteApp(options: ViteAppOptions): Promise<ViteApp> {
  const server = await withoutViteExitHooks(() =>
    createServer({
      configFile: options.configFile,
      clearScreen: false,
      logLevel: "warn",
      server: { port: options.port, strictPort: options.strictPort },
    }),
  );
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const url = server.resolvedUrls?.local[0]?.replace(/\/+$/, "");
  if (!url) {
    await server.close();
    throw new Error(`${options.configFile}: Vite started but reported no local URL`);
  }
  return { url, stop: stopFollowingRestarts(server) };
}
