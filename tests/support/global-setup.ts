// Starts one embedded Postgres for the whole test run and prepares two template databases:
// `atrium_empty` (Supabase's ground only), `atrium_template` (plus every migration) and
// `atrium_seeded` (plus the demo data, whose ids tests read with `inject("demoWorld")`).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { applyBootstrap, applyMigrations, withDatabase } from "../../supabase/local/database";
import { startPostgres } from "../../supabase/local/postgres";
import { type DemoWorld, seedDemoData } from "../../supabase/seed/demo-data";
import { freePort } from "./ports";

declare module "vitest" {
  export interface ProvidedContext {
    superuserUrl: string;
    /** Ids of the demo data in the `atrium_seeded` template. */
    demoWorld: DemoWorld;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atrium-test-pg-"));
  // Postgres runs as the `postgres` OS user when we are root: it must reach the data directory.
  await chmod(dir, 0o755);
  const pg = await startPostgres({
    dataDir: path.join(dir, "data"),
    port: await freePort(),
    persistent: false,
  });
  const admin = postgres(pg.superuserUrl(), { max: 1, onnotice: () => {} });
  let world: DemoWorld;
  try {
    await admin.unsafe("create database atrium_empty");
    await applyBootstrap(pg.superuserUrl("atrium_empty"));
    await admin.unsafe("create database atrium_template template atrium_empty owner postgres");
    await applyMigrations(withDatabase(pg.url("postgres"), "atrium_template"));
    await admin.unsafe("create database atrium_seeded template atrium_template owner postgres");
    const owner = postgres(withDatabase(pg.url("postgres"), "atrium_seeded"), {
      max: 1,
      onnotice: () => {},
    });
    try {
      world = await seedDemoData(owner);
    } finally {
      await owner.end();
    }
  } catch (error) {
    await pg.stop();
    throw error;
  } finally {
    await admin.end();
  }
  project.provide("superuserUrl", pg.superuserUrl());
  project.provide("demoWorld", world);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
