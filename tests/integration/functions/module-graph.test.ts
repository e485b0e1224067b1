// Each edge function must deploy to hosted Supabase as it is. Deno's own view of its module graph
// shows the local files it pulls in (only supabase/functions and db/, never the local stack, the
// apps or the tests: hosted deploys upload the graph up to the git root, supabase/cli#5755) and
// the packages it needs (npm: specifiers, or runtime dependencies in package.json).
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const functionsDir = path.join(root, "supabase/functions");

interface DenoInfo {
  modules: { specifier: string }[];
}

async function moduleGraph(name: string): Promise<string[]> {
  const { stdout } = await run(
    path.join(root, "node_modules/.bin/deno"),
    ["info", "--json", path.join(functionsDir, name, "index.ts")],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as DenoInfo).modules.map((module) => module.specifier);
}

const names = (await readdir(functionsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith("_"))
  .map((entry) => entry.name);
const runtimeDependencies = Object.keys(
  (
    JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    }
  ).dependencies,
);

/** One test per function over its module graph (Deno resolves each in a few seconds). */
function eachGraph(title: string, check: (name: string, graph: string[]) => void): void {
  it.each(names)(title, { timeout: 60_000 }, async (name) => check(name, await moduleGraph(name)));
}

describe("edge function module graphs", () => {
  it("covers every function", () => {
    expect(names.sort()).toEqual([
      "invite-user",
      "process-outbox",
      "resend-webhook",
      "reset-mfa",
      "send-auth-email",
    ]);
  });

  eachGraph("%s imports only supabase/functions and db/ from this repository", (name, graph) => {
    const local = graph
      .filter((specifier) => specifier.startsWith("file://"))
      .map((specifier) => path.relative(root, new URL(specifier).pathname))
      .filter((file) => !file.startsWith("node_modules/"));
    expect(local).toContain(`supabase/functions/${name}/index.ts`);
    const outside = local.filter(
      (file) => !file.startsWith("supabase/functions/") && !file.startsWith("db/"),
    );
    expect(outside).toEqual([]);
  });

  eachGraph("%s needs only npm: specifiers or runtime dependencies", (_name, graph) => {
    const packages = graph
      .filter((specifier) => specifier.includes("/node_modules/"))
      .filter((specifier) => !specifier.endsWith(".d.ts") && !/\.d\.[cm]ts$/.test(specifier))
      .map((specifier) => {
        const rest = new URL(specifier).pathname.split("/node_modules/").pop() ?? "";
        const [scopeOrName = "", maybeName = ""] = rest.split("/");
        return scopeOrName.startsWith("@") ? `${scopeOrName}/${maybeName}` : scopeOrName;
      });
    const missing = [...new Set(packages)].filter((pkg) => !runtimeDependencies.includes(pkg));
    expect(missing).toEqual([]);
    expect(
      graph.some((specifier) => specifier.startsWith("jsr:") || specifier.startsWith("http")),
    ).toBe(false);
  });
});
