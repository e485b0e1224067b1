// `npm run db:restore -- FILE [--yes]`: replaces the embedded database with a db:backup file,
// after a y/N confirmation on a terminal (or --yes); without either it refuses.
import { access } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { parseLocalEnv } from "../supabase/local/env";
import { restoreBackup } from "./lib/backup/restore";
import { openDatabase, runScript } from "./lib/local-database";

async function confirmed(file: string): Promise<boolean> {
  if (process.argv.includes("--yes")) {
    return true;
  }
  if (!process.stdin.isTTY) {
    throw new Error("db:restore replaces every row of the local database; pass --yes to confirm.");
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Replace the local database with ${file}? Everything in it now is lost. [y/N] `,
  );
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

await runScript(async () => {
  const env = parseLocalEnv(process.env);
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) {
    throw new Error("Usage: npm run db:restore -- FILE [--yes]");
  }
  if (env.DATABASE_URL) {
    throw new Error("db:restore restores the embedded database only; unset DATABASE_URL first.");
  }
  await access(file).catch(() => {
    throw new Error(`${file} does not exist.`);
  });
  if (!(await confirmed(file))) {
    console.log("Restore cancelled.");
    return;
  }
  const database = await openDatabase(env, () => {});
  try {
    if (!database.superuserUrl) {
      throw new Error("db:restore needs the embedded database.");
    }
    const { tables, rows } = await restoreBackup(database.superuserUrl, file);
    console.log(`Restored ${rows} rows of ${tables} tables from ${file}`);
  } finally {
    await database.stop();
  }
});
