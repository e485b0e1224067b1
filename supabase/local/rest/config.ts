// REST configuration, read once at start-up from the stack's env with PostgREST's own variable
// names (https://docs.postgrest.org/en/stable/references/configuration.html), validated by zod.
import { z } from "zod";

const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text) =>
      text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    );

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const schema = z.object({
  /** Exposed schemas; the first is the default when no profile header is sent. */
  PGRST_DB_SCHEMAS: list("public,graphql_public"),
  /** Empty turns anonymous access off (PGRST302), as an unset db-anon-role does in PostgREST. */
  PGRST_DB_ANON_ROLE: z.string().default("anon"),
  /** Appended to the requested schema in `search_path`, as on hosted Supabase. */
  PGRST_DB_EXTRA_SEARCH_PATH: list("public,extensions"),
  /** Hosted Supabase caps every read at 1000 rows. */
  PGRST_DB_MAX_ROWS: z.coerce.number().int().positive().default(1000),
  /**
   * How each request's transaction ends (PostgREST's db-tx-end); `-allow-override` lets a client
   * choose with `Prefer: tx=commit|rollback`.
   */
  PGRST_DB_TX_END: z
    .enum(["commit", "commit-allow-override", "rollback", "rollback-allow-override"])
    .default("commit"),
  /** `count()`, `sum()`, `avg()`, `min()`, `max()` in `select` (db-aggregates-enabled); off on hosted Supabase. */
  PGRST_DB_AGGREGATES_ENABLED: flag,
  /** Serves `Accept: application/vnd.pgrst.plan…` (EXPLAIN); off on hosted Supabase by default. */
  PGRST_DB_PLAN_ENABLED: flag,
  PGRST_DB_POOL: z.coerce.number().int().positive().default(10),
  /** Seconds a request may wait for a pool connection before 504 PGRST003, as PostgREST. */
  PGRST_DB_POOL_ACQUISITION_TIMEOUT: z.coerce.number().positive().default(10),
  /** Hosted's gateway refuses bigger bodies; PostgREST itself has no limit. */
  REST_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Hosted Supabase's "no API key" gateway check; plain PostgREST has none, hence off. */
  REST_REQUIRE_APIKEY: flag,
});

export type RestConfig = z.output<typeof schema> & { jwtSecret: string; apiKeys: string[] };

/**
 * Parses the REST settings, failing with every bad name at once.
 * @example const config = parseRestConfig(context.env, context.keys);
 */
export function parseRestConfig(
  env: Record<string, string | undefined>,
  keys: { jwtSecret: string; anonKey: string; serviceRoleKey: string },
): RestConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid REST configuration: ${names.join("; ")}`);
  }
  if (result.data.PGRST_DB_SCHEMAS.length === 0) {
    throw new Error("Invalid REST configuration: PGRST_DB_SCHEMAS is empty");
  }
  return {
    ...result.data,
    jwtSecret: keys.jwtSecret,
    apiKeys: [keys.anonKey, keys.serviceRoleKey],
  };
}
