// A Vite app started for `npm run dev` stays stopped: Vite restarts its server when a .env or
// config file changes (dev writes .env.local right after the apps start), and a stop that came
// during that restart used to close the old server only, while the new one came up listening.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startViteApp } from "../../../scripts/lib/vite-app";
import { freePort } from "../../support/ports";

/** The config below calls these (it is imported into this process). */
declare global {
  var onViteConfigResolved: (() => void) | undefined;
  var onViteListening: (() => void) | undefined;
}

const config = `
const dir = ${JSON.stringify("__DIR__")};
export default {
  root: dir,
  envDir: dir,
  cacheDir: dir + "/.vite",
  optimizeDeps: { noDiscovery: true, include: [] },
  plugins: [{
    name: "restart-probe",
    configResolved() { globalThis.onViteConfigResolved?.(); },
    configureServer(server) {
      server.httpServer?.on("listening", () => globalThis.onViteListening?.());
    },
  }],
};
`;

/** Resolves on the next call of the global hook `name`. */
function nextCall(name: "onViteConfigResolved" | "onViteListening"): Promise<void> {
  return new Promise((resolve) => {
    globalThis[name] = () => resolve();
  });
}

/**
 * Rewrites .env.local until Vite begins a restart: its watcher misses a change made before its
 * first scan of the directory has finished.
 */
async function changeEnvUntilRestartBegins(): Promise<void> {
  let hasBegun = false;
  const began = nextCall("onViteConfigResolved").then(() => {
    hasBegun = true;
  });
  for (let attempt = 0; !hasBegun; attempt++) {
    await writeFile(path.join(dir, ".env.local"), `VITE_PROBE=${attempt}\n`);
    await Promise.race([began, new Promise((resolve) => setTimeout(resolve, 250))]);
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(port, "localhost");
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

let dir: string;

beforeEach(async () => {
  // Inside the checkout: Vite's restart cannot bundle a config file from outside the root.
  const local = path.resolve(import.meta.dirname, "../../../.local");
  await mkdir(local, { recursive: true });
  dir = await mkdtemp(path.join(local, "vite-app-test-"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>probe</title>\n");
  await writeFile(path.join(dir, "vite.config.mjs"), config.replace("__DIR__", dir));
});

afterEach(async () => {
  globalThis.onViteConfigResolved = undefined;
  globalThis.onViteListening = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe("startViteApp", () => {
  it("stays stopped when the stop comes while Vite restarts for a changed .env file", {
    timeout: 60_000,
  }, async () => {
    const port = await freePort();
    const app = await startViteApp({
      configFile: path.join(dir, "vite.config.mjs"),
      port,
      strictPort: true,
    });
    const restartListened = nextCall("onViteListening");
    await changeEnvUntilRestartBegins();

    await app.stop();
    // The restart under way always ends by listening again (that was the leak): once it has,
    // nothing may be left answering on the app's port.
    await restartListened;
    expect(await acceptsConnections(port)).toBe(false);
  });
});
