// `npm run db:backup`: writes the embedded database (schema as migrations, every row of the
// public, auth, storage and private schemas, sequences) to .local/backups/<timestamp>.backup.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseLocalEnv } from "../supabase/local/env";
import { writeBackup } from "./lib/backup/dump";
import { openDatabase, runScript } from "./lib/local-database";

await runScript(async () => {
  const env = parseLocalEnv(process.env);
  if (env.DATABASE_URL) {
    throw new Error(
      "db:backup backs up the embedded database; for a hosted project use `supabase db dump` or the dashboard's backups.",
    );
  }
  const dir = path.resolve(env.ATRIUM_LOCAL_DIR, "backups");
  await mkdir(dir, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z");
  const file = path.join(dir, `atrium-${stamp}.backup`);
  const database = await openDatabase(env, () => {});
  try {
    if (!database.superuserUrl) {
      throw new Error("db:backup needs the embedded database.");
    }
    const { tables, rows } = await writeBackup(database.superuserUrl, file);
    console.log(`Backed up ${rows} rows of ${tables} tables to ${file}`);
    console.log(`Restore it with: npm run db:restore -- ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.stop();
  }
});
