// The functions runner's settings and the environment a function sees, under hosted Supabase's
// names (supabase.com/docs/guides/functions/secrets#default-secrets) plus Atrium's own secrets.
import path from "node:path";
import { z } from "zod";
import type { StackContext } from "../context";
import { parseEnv } from "../parse-env";

const list = z
  .string()
  .optional()
  .transform((value) =>
    value === undefined
      ? undefined
      : value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
  );

const schema = z.object({
  /** Folder of `<name>/index.ts`. */
  FUNCTIONS_DIR: z.string().min(1).default("supabase/functions"),
  /** Hosted's request idle timeout is 150 s; past it the gateway answers 504. */
  FUNCTIONS_TIMEOUT_MS: z.coerce.number().int().min(1).default(150_000),
  /** How long a cold start (Deno plus npm packages) may take before 503 BOOT_ERROR. */
  FUNCTIONS_BOOT_TIMEOUT_MS: z.coerce.number().int().min(1).default(60_000),
  /** Functions deployed with `--no-verify-jwt` (webhook targets that sign their own calls); none by default, as hosted. */
  FUNCTIONS_NO_VERIFY_JWT: list,
  /** Called on an interval and on NOTIFY, as pg_cron + pg_net would on hosted. */
  FUNCTIONS_TRIGGER_FUNCTION: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  FUNCTIONS_TRIGGER_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  FUNCTIONS_TRIGGER_CHANNEL: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  DENO_BINARY: z.string().min(1).optional(),
});

/** The host's variables a Deno process needs to start and to find its cache. */
const hostSchema = z.object({
  PATH: z.string().optional(),
  HOME: z.string().optional(),
  DENO_DIR: z.string().optional(),
  XDG_CACHE_HOME: z.string().optional(),
  TMPDIR: z.string().optional(),
  NPM_CONFIG_REGISTRY: z.string().optional(),
});

/** Secrets handed to every function when the stack env has them. */
const passedSecrets = [
  "RESEND_API_KEY",
  "RESEND_BASE_URL",
  "EMAIL_FROM",
  "PORTAL_URL",
  "ADMIN_URL",
  "SEND_EMAIL_HOOK_SECRET",
  "RESEND_WEBHOOK_SECRET",
];
/** Tuning knobs of a function (e.g. `OUTBOX_MAX_ATTEMPTS`) pass through by prefix. */
const passedPrefixes = ["OUTBOX_"];

export interface FunctionsConfig {
  dir: string;
  timeoutMs: number;
  bootTimeoutMs: number;
  noVerifyJwt: Set<string>;
  trigger: { name: string; intervalMs: number; channel: string | undefined } | undefined;
  deno: string;
  /** The environment of every function process. */
  functionEnv: Record<string, string>;
}

/**
 * @example const config = loadFunctionsConfig(context); config.functionEnv.SUPABASE_URL
 * @throws EnvError naming every invalid variable.
 */
export function loadFunctionsConfig(context: StackContext): FunctionsConfig {
  const env = parseEnv("functions", schema, context.env);
  const functionEnv: Record<string, string> = {
    SUPABASE_URL: context.apiUrl,
    SUPABASE_ANON_KEY: context.keys.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: context.keys.serviceRoleKey,
    SUPABASE_DB_URL: context.databaseUrl("postgres"),
  };
  for (const [name, value] of Object.entries(context.env)) {
    const passed =
      passedSecrets.includes(name) || passedPrefixes.some((prefix) => name.startsWith(prefix));
    if (passed && value !== undefined && value !== "") {
      functionEnv[name] = value;
    }
  }
  // What Deno itself needs to run and to find its npm cache, from this process's own
  // environment (the stack env of a test carries settings, not the host's PATH or HOME);
  // nothing else of the host leaks in.
  for (const [name, value] of Object.entries(parseEnv("functions", hostSchema, process.env))) {
    if (value) {
      functionEnv[name] = value;
    }
  }
  return {
    dir: path.resolve(env.FUNCTIONS_DIR),
    timeoutMs: env.FUNCTIONS_TIMEOUT_MS,
    bootTimeoutMs: env.FUNCTIONS_BOOT_TIMEOUT_MS,
    noVerifyJwt: new Set(env.FUNCTIONS_NO_VERIFY_JWT ?? []),
    trigger: env.FUNCTIONS_TRIGGER_FUNCTION
      ? {
          name: env.FUNCTIONS_TRIGGER_FUNCTION,
          intervalMs: env.FUNCTIONS_TRIGGER_INTERVAL_MS,
          channel: env.FUNCTIONS_TRIGGER_CHANNEL,
        }
      : undefined,
    deno: env.DENO_BINARY ?? path.resolve("node_modules/.bin/deno"),
    functionEnv,
  };
}
