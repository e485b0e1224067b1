// `npm run db:seed`: demo data for every role, on a database that has none yet.
import { parseLocalEnv } from "../supabase/local/env";
import { demoLoginLines, seedIfEmpty } from "../supabase/seed/demo-data";
import { runScript, withDatabase } from "./lib/local-database";

await runScript(async () => {
  const seeded = await withDatabase(parseLocalEnv(process.env), console.log, seedIfEmpty);
  console.log(
    seeded ? "Demo data seeded. Logins:" : "The database already has data; nothing seeded. Logins:",
  );
  console.log(demoLoginLines().join("\n"));
});
