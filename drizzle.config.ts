// drizzle-kit reads the schema from db/ and writes SQL migrations to drizzle/ (never `push`).
import { defineConfig } from "drizzle-kit";
import { z } from "zod";
import { localEnvSchema } from "./supabase/local/env";
import { parseEnv } from "./supabase/local/parse-env";

const env = parseEnv(
  "drizzle-kit",
  localEnvSchema.extend({
    /** Another output folder, for the test that checks the schema generates no new migration. */
    DRIZZLE_OUT: z.string().min(1).default("./drizzle"),
  }),
  process.env,
);

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: env.DRIZZLE_OUT,
  // Supabase owns auth, storage and realtime; we only ever generate for public.
  schemaFilter: ["public"],
  entities: { roles: { provider: "supabase" } },
  dbCredentials: {
    url:
      env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${env.ATRIUM_DB_PORT}/postgres`,
  },
  migrations: { schema: "drizzle", table: "__drizzle_migrations" },
});
