// `npm run db:migrate`: Supabase's ground (embedded only) and every pending Drizzle migration.
import { parseLocalEnv } from "../supabase/local/env";
import { openDatabase } from "./lib/local-database";

try {
  const database = await openDatabase(parseLocalEnv(process.env), console.log);
  await database.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
