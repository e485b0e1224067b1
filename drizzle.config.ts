// drizzle-kit reads the schema from db/ and writes SQL migrations to drizzle/ (never `push`).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: process.env.DRIZZLE_OUT ?? "./drizzle",
  // Supabase owns auth, storage and realtime; we only ever generate for public.
  schemaFilter: ["public"],
  entities: { roles: { provider: "supabase" } },
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres",
  },
  migrations: { schema: "drizzle", table: "__drizzle_migrations" },
});
