// `npm run db:migrate`: Supabase's ground (embedded only) and every pending Drizzle migration.
import { parseLocalEnv } from "../supabase/local/env";
import { runScript, withDatabase } from "./lib/local-database";

await runScript(() => withDatabase(parseLocalEnv(process.env), console.log, async () => {}));
