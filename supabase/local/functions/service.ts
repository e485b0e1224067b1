// Edge Functions at /functions/v1/<name>: each `supabase/functions/<name>/index.ts` runs in its
// own Deno process behind this proxy, which does what hosted Supabase's gateway does: verify
// the JWT (unless the function opts out), pass the caller's headers through, time out (504, and
// the process is replaced), and answer for a function that will not start (503) or dies
// mid-request (546).
import path from "node:path";
import { type Context, Hono } from "hono";
import type { StackContext, StackService } from "../context";
import { loadFunctionsConfig } from "./config";
import { discoverFunctions } from "./discover";
import { jwtRejected, relayError } from "./errors";
import { startTrigger, type Trigger } from "./trigger";
import { checkJwt } from "./verify-jwt";
import { FunctionWorker } from "./worker";

const hopByHop = ["connection", "keep-alive", "transfer-encoding", "content-length", "host"];

/**
 * @example services.push(await createFunctionsService(context));
 */
export async function createFunctionsService(context: StackContext): Promise<StackService> {
  const config = loadFunctionsConfig(context);
  const workers = new Map<string, FunctionWorker>();
  let served = await discoverFunctions(config.dir);
  context.log(`functions: serving ${served.join(", ") || "none"} from ${config.dir}`);

  const workerFor = async (name: string): Promise<FunctionWorker | undefined> => {
    const existing = workers.get(name);
    if (existing) {
      return existing;
    }
    if (!served.includes(name)) {
      // A function folder added while the stack runs is served too, as `functions serve` does.
      served = await discoverFunctions(config.dir);
      if (!served.includes(name)) {
        return undefined;
      }
      // Another request for the same new function may have started its worker meanwhile.
      const started = workers.get(name);
      if (started) {
        return started;
      }
    }
    const entry = path.join(config.dir, name, "index.ts");
    const worker = new FunctionWorker({
      name,
      entry,
      deno: config.deno,
      env: config.functionEnv,
      bootTimeoutMs: config.bootTimeoutMs,
      log: context.log,
    });
    workers.set(name, worker);
    return worker;
  };

  const app = new Hono();

  // Local-only control for tests: kill a function's process as a crash would.
  app.delete("/_workers/:name", async (c) => {
    const denied = await checkJwt(c.req.header("authorization"), context.keys.jwtSecret);
    if (denied || c.req.header("authorization") !== `Bearer ${context.keys.serviceRoleKey}`) {
      return jwtRejected(c, "Only the service role may control workers");
    }
    return c.json({ killed: workers.get(c.req.param("name"))?.kill() ?? null });
  });

  app.all("/:name{[^/]+}/*", (c) => proxy(c));
  app.all("/:name{[^/]+}", (c) => proxy(c));

  async function proxy(c: Context): Promise<Response> {
    const name = c.req.param("name") ?? "";
    const worker = await workerFor(name);
    if (!worker) {
      return c.json({ code: "NOT_FOUND", message: "Requested function was not found" }, 404);
    }
    if (!config.noVerifyJwt.has(name) && c.req.method !== "OPTIONS") {
      const problem = await checkJwt(c.req.header("authorization"), context.keys.jwtSecret);
      if (problem) {
        return jwtRejected(c, problem);
      }
    }
    const incoming = new URL(c.req.url);
    const path = incoming.pathname.slice(incoming.pathname.indexOf(`/${name}`));
    const headers = new Headers(c.req.raw.headers);
    for (const header of hopByHop) {
      headers.delete(header);
    }
    const body = ["GET", "HEAD"].includes(c.req.method) ? undefined : await c.req.arrayBuffer();
    const signal = AbortSignal.timeout(config.timeoutMs);
    let response: Response | undefined;
    // A refused connection never reached the function (its process died and is not reaped
    // yet), so one retry on a fresh process is safe even for a POST.
    for (let attempt = 0; !response; attempt++) {
      let port: number;
      try {
        port = await worker.port();
      } catch (error) {
        context.log(
          `functions[${name}]: ${error instanceof Error ? error.message : String(error)}`,
        );
        return relayError(c, 503, "BOOT_ERROR", "Function failed to start (please check logs)");
      }
      const pid = worker.pid;
      try {
        response = await fetch(`http://127.0.0.1:${port}${path}${incoming.search}`, {
          method: c.req.method,
          headers,
          body,
          signal,
          redirect: "manual",
        });
      } catch (error) {
        if (error instanceof Error && error.name === "TimeoutError") {
          // Hosted ends a worker past its wall-clock limit. A function stuck in a loop would
          // otherwise block every later call to it: the next one gets a fresh process.
          worker.kill("SIGKILL", pid);
          return relayError(
            c,
            504,
            "TIMEOUT",
            `Function did not answer within ${config.timeoutMs / 1000} s`,
          );
        }
        // Whatever broke the connection, the next request gets a fresh process.
        worker.kill("SIGKILL", pid);
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code === "ECONNREFUSED" && attempt === 0) {
          continue;
        }
        context.log(`functions[${name}]: request failed: ${String(error)}`);
        return relayError(c, 546, "WORKER_LIMIT", "Function exited before answering");
      }
    }
    const outgoing = new Headers(response.headers);
    for (const header of [...hopByHop, "content-encoding"]) {
      outgoing.delete(header);
    }
    return new Response(response.body, { status: response.status, headers: outgoing });
  }

  let trigger: Trigger | undefined;
  if (config.trigger) {
    trigger = await startTrigger({
      url: `${context.apiUrl}/functions/v1/${config.trigger.name}`,
      serviceRoleKey: context.keys.serviceRoleKey,
      intervalMs: config.trigger.intervalMs,
      channel: config.trigger.channel,
      databaseUrl: context.databaseUrl("authenticator"),
      log: context.log,
    });
  }

  return {
    prefix: "/functions/v1",
    app,
    async close() {
      await trigger?.stop();
      await Promise.all([...workers.values()].map((worker) => worker.stop()));
    },
  };
}
