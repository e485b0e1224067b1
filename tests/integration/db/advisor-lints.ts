// Our own SQL for the checks of Supabase's database linter (splinter: the dashboard's Security and
// Performance Advisors), one query per lint, each answering `object` and `detail` per finding.
// Written from the lint definitions in github.com/supabase/splinter/tree/main/lints: same scope
// (schemas, roles, relation kinds) and same level, our words. A check that reads the exposed
// schemas does so from `pgrst.db_schemas`, as the dashboard sets it before running the lints.
// The lints live in advisor-lints-security.ts and advisor-lints-performance.ts, built from the
// fragments in advisor-sql.ts; this module lists them and runs them.
import type postgres from "postgres";
import { PERFORMANCE_LINTS } from "./advisor-lints-performance";
import { SECURITY_LINTS } from "./advisor-lints-security";
import type { AdvisorLint, LintLevel } from "./advisor-sql";

export type { AdvisorLint, LintLevel } from "./advisor-sql";

export interface Finding {
  lint: string;
  level: LintLevel;
  object: string;
  detail: string;
}

/** Schemas Supabase and its extensions own; most lints skip them. */
export const SUPABASE_SCHEMAS = [
  "_timescaledb_cache",
  "_timescaledb_catalog",
  "_timescaledb_config",
  "_timescaledb_internal",
  "auth",
  "cron",
  "extensions",
  "graphql",
  "graphql_public",
  "information_schema",
  "net",
  "pgmq",
  "pgroonga",
  "pgsodium",
  "pgsodium_masks",
  "pgtle",
  "pgbouncer",
  "pg_catalog",
  "realtime",
  "repack",
  "storage",
  "supabase_functions",
  "supabase_migrations",
  "tiger",
  "topology",
  "vault",
];

/** Every lint, in splinter's numbering (a security lint first where two share a number). */
export const ADVISOR_LINTS: AdvisorLint[] = [...SECURITY_LINTS, ...PERFORMANCE_LINTS].sort((a, b) =>
  a.id.slice(0, 4).localeCompare(b.id.slice(0, 4)),
);

/** Anything that runs SQL text with parameters: a pool or an open transaction. */
type Runner = Pick<postgres.Sql, "unsafe">;

/**
 * Runs lints inside the caller's transaction, with the exposed schemas set (transaction-local)
 * as the dashboard sets them, and returns their findings.
 * @example await sql.begin((tx) => runLints(tx, ["public"], [lintById("0013_rls_disabled_in_public")]));
 */
export async function runLints(
  tx: Runner,
  exposedSchemas: string[],
  lints: AdvisorLint[] = ADVISOR_LINTS,
): Promise<Finding[]> {
  await tx.unsafe("select set_config('pgrst.db_schemas', $1, true)", [exposedSchemas.join(",")]);
  const findings: Finding[] = [];
  for (const lint of lints) {
    const parameters = lint.sql.includes("$1") ? [SUPABASE_SCHEMAS] : [];
    const rows = await tx.unsafe<{ object: string; detail: string }[]>(lint.sql, parameters);
    for (const row of rows) {
      findings.push({ lint: lint.id, level: lint.level, object: row.object, detail: row.detail });
    }
  }
  return findings;
}

/**
 * Runs every lint in one transaction and returns the findings (empty for a clean database).
 * @example const findings = await runAdvisors(db.owner, ["public", "graphql_public"]);
 */
export async function runAdvisors(sql: postgres.Sql, exposedSchemas: string[]): Promise<Finding[]> {
  return sql.begin((tx) => runLints(tx, exposedSchemas));
}

/** @example lintById("0011_function_search_path_mutable") */
export function lintById(id: string): AdvisorLint {
  const lint = ADVISOR_LINTS.find((candidate) => candidate.id === id);
  if (!lint) {
    throw new Error(`No advisor lint ${id}`);
  }
  return lint;
}
