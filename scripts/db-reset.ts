// `npm run db:reset`: deletes the embedded database and builds it again with demo data.
// Refuses to touch DATABASE_URL: resetting a hosted project is not a one-liner on purpose.
import { rm } from "node:fs/promises";
import { parseLocalEnv } from "../supabase/local/env";
import { seedDemoData } from "../supabase/seed/demo-data";
import { embeddedDataDir, runScript, withDatabase } from "./lib/local-database";

await runScript(async () => {
  const env = parseLocalEnv(process.env);
  if (env.DATABASE_URL) {
    throw new Error("db:reset only resets the embedded database; unset DATABASE_URL first.");
  }
  const dataDir = await embeddedDataDir(env);
  await rm(dataDir, { recursive: true, force: true });
  console.log(`Removed ${dataDir}`);
  await withDatabase(env, console.log, seedDemoData);
  console.log("Demo data seeded.");
});
