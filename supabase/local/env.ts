// Configuration of `npm run dev` and the db:* scripts, parsed once at start-up; a bad value stops
// the command with one line naming the variable.
import { z } from "zod";
import { parseEnv, unsetIfBlank } from "./parse-env";

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

/**
 * A port a person may choose: when set it must be free; when unset the default is only a
 * preference and the app may move to the next free port.
 */
const preferredPort = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .optional()
    .transform((value) => ({ port: value ?? fallback, isChosen: value !== undefined }));

export const localEnvSchema = z.object({
  /** Use this Postgres instead of the embedded one (no bootstrap: it must already be Supabase). */
  DATABASE_URL: z.url({ error: "must be a postgresql:// URL" }).optional(),
  /** Where the embedded database, the JWT secret and the mailbox live. */
  ATRIUM_LOCAL_DIR: z.string().min(1).default(".local"),
  ATRIUM_API_PORT: port(54321),
  ATRIUM_DB_PORT: port(54322),
  /** The apps' dev servers; when unset and taken, the next free port is used. */
  ATRIUM_ADMIN_PORT: preferredPort(5173),
  ATRIUM_PORTAL_PORT: preferredPort(5174),
  /** Where `npm run dev` writes the apps' browser-safe settings (read by Vite). */
  ATRIUM_ENV_FILE: z.string().min(1).default(".env.local"),
  /** Where Storage keeps object bytes; `<ATRIUM_LOCAL_DIR>/storage` when unset. */
  STORAGE_DIR: z.string().min(1).optional(),
  /** Fixed JWT secret (at least 32 characters); otherwise one is generated into the local dir. */
  JWT_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** Where email links point; the apps' real dev URLs when unset. */
  PORTAL_URL: unsetIfBlank(z.url()),
  ADMIN_URL: unsetIfBlank(z.url()),
  /** Real Resend (API key alone) or another Resend-compatible API; unset → the local mailbox. */
  RESEND_API_KEY: unsetIfBlank(z.string()),
  RESEND_BASE_URL: unsetIfBlank(z.url()),
});

export type LocalEnv = z.infer<typeof localEnvSchema>;

/**
 * @example const env = parseLocalEnv(process.env);
 * @throws EnvError naming every invalid variable, on one line.
 */
export function parseLocalEnv(source: Record<string, string | undefined>): LocalEnv {
  return parseEnv("environment", localEnvSchema, source);
}
