// Edge Functions at /functions/v1/<name>: each `supabase/functions/<name>/index.ts` runs in its
// own Deno process behind this proxy, which does what hosted Supabase's gateway does: verify
// the JWT (unless the function opts out), pass the caller's headers through, time out (504),
// and answer for a function that will not start (503) or dies mid-request (546).
import { existsSync } from "node:fs";
import path from "node:path";
import { type Context, Hono } from "hono";
import type { StackContext, StackService } from "../context";
import { loadFunctionsConfig } from "./config";
import { jwtRejected, relayError } from "./errors";
import { startTrigger, type Trigger } from "./trigger";
import { checkJwt } from "./verify-jwt";
import { BootError, FunctionWorker } from "./worker";

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const hopByHop = ["connection", "keep-alive", "transfer-encoding", "content-length", "host"];

/**
 * @example services.push(await createFunctionsService(context));
 */
export async function createFunctionsService(context: StackContext): Promise<StackService> {
  const config = loadFunctionsConfig(context);
  const workers = new Map<string, FunctionWorker>();

  const workerFor = (name: string): FunctionWorker | undefined => {
    const existing = workers.get(name);
    if (existing) {
      return existing;
    }
    const entry = path.join(config.dir, name, "index.ts");
    if (!NAME.test(name) || !existsSync(entry)) {
      return undefined;
    }
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
    const worker = workerFor(name);
    if (!worker) {
      return c.json({ code: "NOT_FOUND", message: "Requested function was not found" }, 404);
    }
    if (!config.noVerifyJwt.has(name) && c.req.method !== "OPTIONS") {
      const problem = await checkJwt(c.req.header("authorization"), context.keys.jwtSecret);
      if (problem) {
        return jwtRejected(c, problem);
      }
    }
    let port: number;
    try {
      port = await worker.port();
    } catch (error) {
      context.log(`functions[${name}]: ${error instanceof Error ? error.message : String(error)}`);
      return relayError(c, 503, "BOOT_ERROR", "Function failed to start (please check logs)");
    }
    const incoming = new URL(c.req.url);
    const prefix = incoming.pathname.indexOf(`/${name}`);
    const target = `http://127.0.0.1:${port}${incoming.pathname.slice(prefix)}${incoming.search}`;
    const headers = new Headers(c.req.raw.headers);
    for (const header of hopByHop) {
      headers.delete(header);
    }
    const hasBody = !["GET", "HEAD"].includes(c.req.method);
    let response: Response;
    try {
      response = await fetch(target, {
        method: c.req.method,
        headers,
        body: hasBody ? await c.req.arrayBuffer() : undefined,
        signal: AbortSignal.timeout(config.timeoutMs),
        redirect: "manual",
      });
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") {
        return relayError(
          c,
          504,
          "TIMEOUT",
          `Function did not answer within ${config.timeoutMs / 1000} s`,
        );
      }
      if (error instanceof BootError) {
        return relayError(c, 503, "BOOT_ERROR", "Function failed to start (please check logs)");
      }
      context.log(`functions[${name}]: request failed: ${String(error)}`);
      return relayError(c, 546, "WORKER_LIMIT", "Function exited before answering");
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
