// `npm run db:seed`: demo data for every role, on a database that has none yet.
import postgres from "postgres";
import { parseLocalEnv } from "../supabase/local/env";
import { demoLoginLines, seedIfEmpty } from "../supabase/seed/demo-data";
import { openDatabase } from "./lib/local-database";

try {
  const database = await openDatabase(parseLocalEnv(process.env), console.log);
  const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const seeded = await seedIfEmpty(sql);
    console.log(
      seeded
        ? "Demo data seeded. Logins:"
        : "The database already has data; nothing seeded. Logins:",
    );
    console.log(demoLoginLines().join("\n"));
  } finally {
    await sql.end();
    await database.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
