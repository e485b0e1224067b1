// The /functions/v1 runner: real Deno processes behind a gateway that verifies JWTs, passes the
// caller's headers and hosted env names through, and survives slow, crashing and broken functions.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";

// Fixture functions, written as deployed functions are: Deno.serve on whatever port.
const fixtures: Record<string, string> = {
  echo: `Deno.serve(async (req) => {
    const url = new URL(req.url);
    const env = Deno.env.toObject();
    return Response.json({
      method: req.method, path: url.pathname, query: url.search, body: await req.text(),
      authorization: req.headers.get("authorization"), apikey: req.headers.get("apikey"),
      env: Object.keys(env).filter((name) => /^(SUPABASE|DATABASE|RESEND|EMAIL)/.test(name)).sort(),
      supabaseUrl: env.SUPABASE_URL, pid: Deno.pid,
    });
  });`,
  open: `Deno.serve({ port: 9999 }, () => new Response("open to all"));`,
  slow: `Deno.serve(async () => { await new Promise((r) => setTimeout(r, 5000)); return new Response("late"); });`,
  crash: `Deno.serve(async (req) => {
    if ((await req.text()).includes("crash")) { Deno.exit(1); }
    return Response.json({ pid: Deno.pid });
  });`,
  broken: `throw new Error("missing secret at start-up");`,
  spin: `Deno.serve(async (req) => {
    if ((await req.text()).includes("spin")) { for (;;) {} }
    return Response.json({ pid: Deno.pid });
  });`,
};

let stack: TestStack;

/** Signal 0 tests for a process without touching it. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time");
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atrium-functions-"));
  for (const [name, source] of Object.entries(fixtures)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "index.ts"), source);
  }
  stack = await startTestStack({
    env: {
      FUNCTIONS_DIR: dir,
      FUNCTIONS_TIMEOUT_MS: "1500",
      FUNCTIONS_NO_VERIFY_JWT: "open",
      RESEND_BASE_URL: "http://127.0.0.1:1",
      DATABASE_URL: "postgresql://should-not-leak",
    },
  });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});

const call = (name: string, init: RequestInit = {}, key?: string | null) =>
  fetch(`${stack.url}/functions/v1/${name}`, {
    method: "POST",
    ...init,
    headers: {
      ...(key === null ? {} : { Authorization: `Bearer ${key ?? stack.keys.anonKey}` }),
      ...(key === null ? {} : { apikey: key ?? stack.keys.anonKey }),
      ...(init.headers as Record<string, string> | undefined),
    },
  });

/** Calls `name` and expects the runner's own error reply (status and body), not the function's. */
async function expectRunnerError(name: string, status: number, body: object): Promise<void> {
  const response = await call(name);
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual(body);
}

describe("functions runner", () => {
  it("passes the caller's headers, path, query and body, with hosted env names", async () => {
    const response = await call("echo/sub/path?x=1", { body: "hello" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      method: "POST",
      path: "/echo/sub/path",
      query: "?x=1",
      body: "hello",
      authorization: `Bearer ${stack.keys.anonKey}`,
      apikey: stack.keys.anonKey,
      supabaseUrl: stack.url,
    });
    expect(body.env).toEqual([
      "RESEND_BASE_URL",
      "SUPABASE_ANON_KEY",
      "SUPABASE_DB_URL",
      "SUPABASE_SERVICE_ROLE_KEY",
      "SUPABASE_URL",
    ]);
  });

  it("is reachable through supabase-js functions.invoke", async () => {
    const { data, error } = await stack.client().functions.invoke("echo", { body: { a: 1 } });
    expect(error).toBeNull();
    expect(data).toMatchObject({ method: "POST", body: '{"a":1}' });
  });

  it("verifies the JWT unless the function opts out", async () => {
    const missing = await call("echo", {}, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ code: 401, message: "Missing authorization header" });
    const forged = await call("echo", {}, "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.bad");
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ code: 401, message: "Invalid JWT" });
    const open = await call("open", {}, null);
    expect(open.status).toBe(200);
    expect(await open.text()).toBe("open to all");
  });

  it("answers 404 for a function that does not exist", async () => {
    await expectRunnerError("nope", 404, {
      code: "NOT_FOUND",
      message: "Requested function was not found",
    });
  });

  it("finds functions from <dir>/*/index.ts, a folder added later too, and never _shared", async () => {
    await mkdir(path.join(dir, "_shared"));
    await writeFile(path.join(dir, "_shared", "index.ts"), fixtures.open ?? "");
    const shared = await call("_shared", {}, stack.keys.serviceRoleKey);
    expect(shared.status).toBe(404);
    const before = await call("added-later");
    expect(before.status).toBe(404);
    await mkdir(path.join(dir, "added-later"));
    await writeFile(
      path.join(dir, "added-later", "index.ts"),
      `Deno.serve(() => Response.json({ served: "added-later" }));`,
    );
    const after = await call("added-later");
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ served: "added-later" });
  });

  it("times out a slow function with 504 while others keep answering", async () => {
    const [slow, echo] = await Promise.all([call("slow"), call("echo")]);
    expect(slow.status).toBe(504);
    expect(slow.headers.get("x-relay-error")).toBe("true");
    expect((await slow.json()).code).toBe("TIMEOUT");
    expect(echo.status).toBe(200);
  });

  it("answers 546 when a function dies mid-request and restarts it on the next call", async () => {
    const first = (await (await call("crash", { body: "{}" })).json()) as { pid: number };
    const crashed = await call("crash", { body: "crash" });
    expect(crashed.status).toBe(546);
    expect(crashed.headers.get("x-relay-error")).toBe("true");
    const again = await call("crash", { body: "{}" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { pid: number }).pid).not.toBe(first.pid);
  });

  it("restarts a function stuck in a busy loop after its 504, so the next call is served", async () => {
    const first = (await (await call("spin", { body: "{}" })).json()) as { pid: number };
    const stuck = await call("spin", { body: "spin" });
    expect(stuck.status).toBe(504);
    expect((await stuck.json()).code).toBe("TIMEOUT");
    // The old process can no longer answer anything; a fresh one does.
    const again = await call("spin", { body: "{}" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { pid: number }).pid).not.toBe(first.pid);
    await waitUntil(() => !processExists(first.pid));
  });

  it("survives its Deno process being killed from outside while idle", async () => {
    const first = (await (await call("crash", { body: "{}" })).json()) as { pid: number };
    process.kill(first.pid, "SIGKILL");
    await waitUntil(() => !processExists(first.pid));
    const rest = await fetch(`${stack.url}/rest/v1/`, { headers: { apikey: stack.keys.anonKey } });
    expect(rest.status).toBe(200);
    const again = await call("crash", { body: "{}" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { pid: number }).pid).not.toBe(first.pid);
  });

  it("answers 503 BOOT_ERROR for a function that fails at start-up", async () => {
    await expectRunnerError("broken", 503, {
      code: "BOOT_ERROR",
      message: "Function failed to start (please check logs)",
    });
    expect((await call("echo")).status).toBe(200);
  });

  it("lets only the service role kill a worker, which the next call restarts", async () => {
    const before = (await (await call("echo")).json()) as { pid: number };
    const url = `${stack.url}/functions/v1/_workers/echo`;
    const denied = await fetch(url, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${stack.keys.anonKey}` },
    });
    expect(denied.status).toBe(401);
    const killed = await fetch(url, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${stack.keys.serviceRoleKey}` },
    });
    expect(await killed.json()).toEqual({ killed: before.pid });
    const after = (await (await call("echo")).json()) as { pid: number };
    expect(after.pid).not.toBe(before.pid);
  });
});
