// `npm run db:reset`: deletes the embedded database and builds it again with demo data.
// Refuses to touch DATABASE_URL: resetting a hosted project is not a one-liner on purpose.
import { rm } from "node:fs/promises";
import postgres from "postgres";
import { parseLocalEnv } from "../supabase/local/env";
import { seedDemoData } from "../supabase/seed/demo-data";
import { embeddedDataDir, openDatabase } from "./lib/local-database";

try {
  const env = parseLocalEnv(process.env);
  if (env.DATABASE_URL) {
    throw new Error("db:reset only resets the embedded database; unset DATABASE_URL first.");
  }
  const dataDir = await embeddedDataDir(env);
  await rm(dataDir, { recursive: true, force: true });
  console.log(`Removed ${dataDir}`);
  const database = await openDatabase(env, console.log);
  const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await seedDemoData(sql);
    console.log("Demo data seeded.");
  } finally {
    await sql.end();
    await database.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
