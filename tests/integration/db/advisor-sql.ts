// The building blocks of our advisor lints (advisor-lints.ts): the lint shape, the catalogue
// fragments several of splinter's lints share, and the two query shapes most of them take (one
// finding per relation, one finding per policy), so each lint states only its own condition.

export type LintLevel = "ERROR" | "WARN" | "INFO";

export interface AdvisorLint {
  /** splinter's file number and name, e.g. `0003_auth_rls_initplan`. */
  id: string;
  level: LintLevel;
  advisor: "security" | "performance";
  /** A query over the catalogue; `$1` is the list of schemas Supabase manages itself. */
  sql: string;
}

/**
 * The lint constructor of one advisor.
 * @example const lint = linter("security"); lint("0014_extension_in_public", "WARN", `select …`)
 */
export const linter =
  (advisor: AdvisorLint["advisor"]) =>
  (id: string, level: LintLevel, sql: string): AdvisorLint => ({ id, level, advisor, sql });

/** The schemas the Data API serves, as the dashboard passes them in `pgrst.db_schemas`. */
export const EXPOSED = `array(select btrim(s) from unnest(string_to_array(current_setting('pgrst.db_schemas', true), ',')) s)`;

/** Namespace `n` is served by the Data API and is not one of Supabase's own. */
export const IN_API = `n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])`;

/** A relation's options mark it security_invoker (a view that runs as the caller). */
export const INVOKER_VIEW = `coalesce(lower(c.reloptions::text)::text[], '{}') && array['security_invoker=1', 'security_invoker=true', 'security_invoker=yes', 'security_invoker=on']`;

/** Either API role may SELECT the relation `c`. */
export const API_CAN_READ = `(has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))`;

/** Schemas most of splinter's table lints skip besides Supabase's own. */
export const SYSTEM_SCHEMAS = `('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'pgsodium')`;

/** Not created by an extension. */
export const notFromExtension = (alias: string, column = "oid") =>
  `not exists (select 1 from pg_depend e where e.objid = ${alias}.${column} and e.deptype = 'e')`;

/** A policy applies to anon, authenticated, or everyone. */
export const FOR_API_ROLES = `(polroles = array[0::oid] or exists (select 1 from unnest(polroles) r where r::regrole::text in ('anon', 'authenticated')))`;

/**
 * A nullable auth value tested for null (squashed text): `auth.uid() is null`, or
 * `not (auth.jwt() is not null)`, or the same on `current_setting(…, true)`. An approximation
 * of splinter's parenthesis analysis: it finds such a test as a whole top-level disjunct.
 */
export const NULL_CHECK = `'not\\((auth\\.(uid|jwt|role)\\(\\)|current_setting\\([^)]*,true\\))isnotnull\\)|(auth\\.(uid|jwt|role)\\(\\)|current_setting\\([^)]*,true\\))isnull'`;

/** An expression's text lower-cased without blanks, as splinter compares it. */
export const squash = (column: string) =>
  `replace(replace(replace(lower(coalesce(${column}, '')), ' ', ''), E'\\n', ''), E'\\t', '')`;

/** A squashed expression that lets every row through. */
export const isAlwaysTrue = (column: string) =>
  `${squash(column)} in ('true', '(true)', '1=1', '(1=1)')`;

/**
 * One finding per relation `c` (in namespace `n`) that `where` keeps; `detail` is a SQL
 * expression, usually a quoted sentence. A lint that looks at a relation's parts (columns,
 * indexes) joins them with `join` and folds them into one finding with `groupBy` (and `having`).
 * @example relationFindings("'table without a primary key'", "c.relkind = 'r' and …")
 */
export const relationFindings = (
  detail: string,
  where: string,
  parts: { join?: string; groupBy?: string; having?: string } = {},
) => `
  select format('%s.%s', n.nspname, c.relname) as object, ${detail} as detail
  from pg_class c join pg_namespace n on n.oid = c.relnamespace ${parts.join ?? ""}
  where ${where}
  ${parts.groupBy ? `group by ${parts.groupBy}` : ""} ${parts.having ? `having ${parts.having}` : ""}`;

/**
 * One finding per foreign key (`k`, on table `c` in schema `n`) that `where` keeps; `detail`
 * follows "foreign key <name> ".
 */
export const foreignKeyFindings = (detail: string, where: string, alsoJoin = "") => `
  select format('%s.%s', n.nspname, c.relname) as object,
         format('foreign key %s ${detail}', k.conname) as detail
  from pg_constraint k
  join pg_class c on c.oid = k.conrelid
  join pg_namespace n on n.oid = c.relnamespace ${alsoJoin}
  where k.contype = 'f' and ${where}`;

/** pg_policies joined to its class, with the deparsed expressions splinter matches on. */
const POLICIES = `
  select n.nspname as schema_name, c.relname as table_name, c.relrowsecurity as rls_on,
         c.relkind, p.polname as policy_name, p.polpermissive as permissive, p.polroles,
         pp.cmd, pp.qual, pp.with_check
  from pg_policy p
  join pg_class c on c.oid = p.polrelid
  join pg_namespace n on n.oid = c.relnamespace
  join pg_policies pp on pp.schemaname = n.nspname and pp.tablename = c.relname and pp.policyname = p.polname`;

/**
 * One finding per policy (and row of `alsoFrom`) that `where` keeps, outside Supabase's schemas;
 * the columns are those of `POLICIES`, and `detail` is a SQL expression that may name them.
 */
export const policyFindings = (detail: string, where: string, alsoFrom = "") => `
  with p as (${POLICIES})
  select format('%s.%s', schema_name, table_name) as object, ${detail} as detail
  from p${alsoFrom ? `, ${alsoFrom}` : ""}
  where schema_name <> all($1::text[]) and ${where}`;
