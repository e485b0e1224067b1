// Secrets never reach the browser: a production build of each app, made with every server secret
// in its environment, carries the public URL and anon key and none of the secrets.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const publicValues = {
  VITE_SUPABASE_URL: "https://public-url-sentinel.supabase.co",
  VITE_SUPABASE_ANON_KEY: "anon-key-sentinel-0123456789",
};
const secrets = {
  SUPABASE_SERVICE_ROLE_KEY: "service-role-sentinel-0123456789",
  JWT_SECRET: "jwt-secret-sentinel-0123456789abcdef",
  DATABASE_URL: "postgresql://postgres:db-password-sentinel@db.example:5432/postgres",
  RESEND_API_KEY: "re_resend-key-sentinel",
  SEND_EMAIL_HOOK_SECRET: "v1,whsec_hook-secret-sentinel",
};

async function readTree(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const texts = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => readFile(path.join(entry.parentPath, entry.name), "utf8")),
  );
  return texts.join("\n");
}

describe.each(["admin", "portal"])("the %s's production bundle", (app) => {
  let outDir: string;
  let bundle: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), `atrium-${app}-build-`));
    const saved = { ...process.env };
    Object.assign(process.env, publicValues, secrets);
    try {
      await build({
        configFile: path.resolve(`${app}/vite.config.ts`),
        logLevel: "error",
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env = saved;
    }
    bundle = await readTree(outDir);
  }, 240_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("carries the public Supabase URL and anon key", () => {
    expect(bundle).toContain(publicValues.VITE_SUPABASE_URL);
    expect(bundle).toContain(publicValues.VITE_SUPABASE_ANON_KEY);
  });

  it("carries no server secret", () => {
    for (const [name, value] of Object.entries(secrets)) {
      expect(bundle.includes(value), `${name} leaked into the bundle`).toBe(false);
    }
    expect(bundle).not.toContain("sentinel@db.example");
  });
});
