// Prints the GRANT statements declared in db/grants.ts, ready for a custom Drizzle migration:
//   npx drizzle-kit generate --custom --name=grant_x && npm run db:grants >> drizzle/<file>.sql
import { grantStatements } from "../db/grants";

console.log(grantStatements().join("\n--> statement-breakpoint\n"));
