// Configuration of `npm run dev` and the db:* scripts, parsed once at start-up; every missing or
// malformed variable is reported together.
import { z } from "zod/v4";

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

export const localEnvSchema = z.object({
  /** Use this Postgres instead of the embedded one (no bootstrap: it must already be Supabase). */
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgresql:// URL" }).optional(),
  /** Where the embedded database, the JWT secret and the mailbox live. */
  ATRIUM_LOCAL_DIR: z.string().min(1).default(".local"),
  ATRIUM_API_PORT: port(54321),
  ATRIUM_DB_PORT: port(54322),
  /** The apps' dev servers; when unset and taken, the next free port is used. */
  ATRIUM_ADMIN_PORT: port(5173),
  ATRIUM_PORTAL_PORT: port(5174),
  /** Where `npm run dev` writes the apps' browser-safe settings (read by Vite). */
  ATRIUM_ENV_FILE: z.string().min(1).default(".env.local"),
  /** Where Storage keeps object bytes; `<ATRIUM_LOCAL_DIR>/storage` when unset. */
  STORAGE_DIR: z.string().min(1).optional(),
  /** Fixed JWT secret (at least 32 characters); otherwise one is generated into the local dir. */
  JWT_SECRET: z.string().min(32, { error: "JWT_SECRET must be at least 32 characters" }).optional(),
});

export type LocalEnv = z.infer<typeof localEnvSchema>;

/**
 * @example const env = parseLocalEnv(process.env);
 * @throws Error listing every invalid variable.
 */
export function parseLocalEnv(source: Record<string, string | undefined>): LocalEnv {
  const result = localEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
