// Our own SQL for the checks of Supabase's database linter (splinter: the dashboard's Security and
// Performance Advisors), one query per lint, each answering `object` and `detail` per finding.
// Written from the lint definitions in github.com/supabase/splinter/tree/main/lints: same scope
// (schemas, roles, relation kinds) and same level, our words. A check that reads the exposed
// schemas does so from `pgrst.db_schemas`, as the dashboard sets it before running the lints.
import type postgres from "postgres";

export type LintLevel = "ERROR" | "WARN" | "INFO";

export interface AdvisorLint {
  /** splinter's file number and name, e.g. `0003_auth_rls_initplan`. */
  id: string;
  level: LintLevel;
  advisor: "security" | "performance";
  /** A query over the catalogue; `$1` is the list of schemas Supabase manages itself. */
  sql: string;
}

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

/** The schemas the Data API serves, as the dashboard passes them in `pgrst.db_schemas`. */
const EXPOSED = `array(select btrim(s) from unnest(string_to_array(current_setting('pgrst.db_schemas', true), ',')) s)`;

/** A relation's options mark it security_invoker (a view that runs as the caller). */
const INVOKER_VIEW = `coalesce(lower(c.reloptions::text)::text[], '{}') && array['security_invoker=1', 'security_invoker=true', 'security_invoker=yes', 'security_invoker=on']`;

/** Either API role may SELECT the relation `c`. */
const API_CAN_READ = `(has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))`;

/** Not created by an extension. */
const notFromExtension = (alias: string, column: string) =>
  `not exists (select 1 from pg_depend e where e.objid = ${alias}.${column} and e.deptype = 'e')`;

/** pg_policies joined to its class, with the deparsed expressions splinter matches on. */
const POLICIES = `
  select n.nspname as schema_name, c.relname as table_name, c.relrowsecurity as rls_on,
         c.relkind, p.polname as policy_name, p.polpermissive as permissive, p.polroles,
         pp.cmd, pp.qual, pp.with_check
  from pg_policy p
  join pg_class c on c.oid = p.polrelid
  join pg_namespace n on n.oid = c.relnamespace
  join pg_policies pp on pp.schemaname = n.nspname and pp.tablename = c.relname and pp.policyname = p.polname`;

/** A policy applies to anon, authenticated, or everyone. */
const FOR_API_ROLES = `(polroles = array[0::oid] or exists (select 1 from unnest(polroles) r where r::regrole::text in ('anon', 'authenticated')))`;

/**
 * A nullable auth value tested for null (squashed text): `auth.uid() is null`, or
 * `not (auth.jwt() is not null)`, or the same on `current_setting(…, true)`. An approximation
 * of splinter's parenthesis analysis: it finds such a test as a whole top-level disjunct.
 */
const NULL_CHECK = `'not\\((auth\\.(uid|jwt|role)\\(\\)|current_setting\\([^)]*,true\\))isnotnull\\)|(auth\\.(uid|jwt|role)\\(\\)|current_setting\\([^)]*,true\\))isnull'`;

const squash = (column: string) =>
  `replace(replace(replace(lower(coalesce(${column}, '')), ' ', ''), E'\\n', ''), E'\\t', '')`;

export const ADVISOR_LINTS: AdvisorLint[] = [
  {
    id: "0001_unindexed_foreign_keys",
    level: "INFO",
    advisor: "performance",
    // splinter wants an index on exactly the key's columns, in order; a longer index starting
    // with them does not count.
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             format('foreign key %s has no index on exactly its columns', k.conname) as detail
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f'
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'extensions')
        and n.nspname <> all($1::text[])
        and ${notFromExtension("c", "oid")}
        and not exists (
          select 1 from pg_index i
          where i.indrelid = k.conrelid and i.indisvalid
            and string_to_array(i.indkey::text, ' ')::smallint[] = k.conkey
        )`,
  },
  {
    id: "0002_auth_users_exposed",
    level: "ERROR",
    advisor: "security",
    sql: `
      select distinct format('%s.%s', n.nspname, c.relname) as object,
             'a view over auth.users readable by an API role' as detail
      from pg_depend d
      join pg_rewrite w on w.oid = d.objid
      join pg_class c on c.oid = w.ev_class
      join pg_namespace n on n.oid = c.relnamespace
      where d.refobjid = 'auth.users'::regclass and d.deptype = 'n'
        and ${API_CAN_READ}
        and n.nspname = any(${EXPOSED})
        and c.relname <> '0002_auth_users_exposed'
        and (
          c.relkind = 'm'
          or (c.relkind = 'v' and not (${INVOKER_VIEW}))
          or (c.relkind = 'v' and (${INVOKER_VIEW})
              and not (select relrowsecurity from pg_class where oid = 'auth.users'::regclass))
        )`,
  },
  {
    id: "0003_auth_rls_initplan",
    level: "WARN",
    advisor: "performance",
    // An auth.uid()/jwt()/role()/email() call not preceded by `select` runs once per row.
    sql: `
      with p as (${POLICIES})
      select format('%s.%s', schema_name, table_name) as object,
             format('policy "%s" calls an auth function per row', policy_name) as detail
      from p, unnest(array['uid', 'jwt', 'role', 'email']) fn
      where rls_on and schema_name <> all($1::text[])
        and (
          (qual like format('%%auth.%s()%%', fn) and lower(qual) not like format('%%select auth.%s()%%', fn))
          or (with_check like format('%%auth.%s()%%', fn) and lower(with_check) not like format('%%select auth.%s()%%', fn))
        )`,
  },
  {
    id: "0004_no_primary_key",
    level: "INFO",
    advisor: "performance",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object, 'table without a primary key' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r'
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'pgsodium')
        and n.nspname <> all($1::text[])
        and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary)`,
  },
  {
    id: "0005_unused_index",
    level: "INFO",
    advisor: "performance",
    sql: `
      select format('%s.%s', s.schemaname, s.indexrelname) as object,
             format('index on %s never scanned', s.relname) as detail
      from pg_stat_user_indexes s join pg_index i on i.indexrelid = s.indexrelid
      where s.idx_scan = 0 and not i.indisunique and not i.indisprimary
        and s.schemaname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'pgsodium')
        and s.schemaname <> all($1::text[])`,
  },
  {
    id: "0006_multiple_permissive_policies",
    level: "WARN",
    advisor: "performance",
    // Every permissive policy for a role and action is evaluated, so two of them cost twice.
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             format('%s has %s permissive %s policies: %s', r.rolname, count(*), a.action,
                    string_agg(p.polname, ', ' order by p.polname)) as detail
      from pg_policy p
      join pg_class c on c.oid = p.polrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_roles r on p.polroles @> array[r.oid] or p.polroles = array[0::oid]
      cross join lateral unnest(case p.polcmd
          when 'r' then array['SELECT'] when 'a' then array['INSERT']
          when 'w' then array['UPDATE'] when 'd' then array['DELETE']
          else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) a(action)
      where p.polpermissive and c.relkind = 'r'
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'pgsodium')
        and n.nspname <> all($1::text[])
        and r.rolname not like 'pg\\_%' and r.rolname not like 'supabase%admin' and not r.rolbypassrls
      group by n.nspname, c.relname, r.rolname, a.action
      having count(*) > 1`,
  },
  {
    id: "0007_policy_exists_rls_disabled",
    level: "ERROR",
    advisor: "security",
    sql: `
      select distinct format('%s.%s', n.nspname, c.relname) as object,
             'has policies but row level security is off' as detail
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and not c.relrowsecurity
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'extensions', 'graphql',
          'graphql_public', 'net', 'pgsodium', 'storage', 'supabase_functions', 'vault')`,
  },
  {
    id: "0008_rls_enabled_no_policy",
    level: "INFO",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'row level security is on but no policy exists' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and c.relrowsecurity
        and n.nspname <> all($1::text[])
        and ${notFromExtension("c", "oid")}
        and not exists (select 1 from pg_policy p where p.polrelid = c.oid)`,
  },
  {
    id: "0009_duplicate_index",
    level: "WARN",
    advisor: "performance",
    // Two indexes whose definitions differ only by name.
    sql: `
      select format('%s.%s', x.schemaname, x.tablename) as object,
             format('identical indexes %s', string_agg(x.indexname, ', ' order by x.indexname)) as detail
      from pg_indexes x
      join pg_namespace n on n.nspname = x.schemaname
      join pg_class c on c.relname = x.tablename and c.relnamespace = n.oid
      where c.relkind in ('r', 'm') and x.schemaname <> all($1::text[])
        and ${notFromExtension("c", "oid")}
      group by x.schemaname, x.tablename, replace(x.indexdef, x.indexname, '')
      having count(*) > 1`,
  },
  {
    id: "0010_security_definer_view",
    level: "ERROR",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'view runs with its owner''s rights and RLS, not the caller''s' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'v' and ${API_CAN_READ}
        and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])
        and ${notFromExtension("c", "oid")}
        and not (${INVOKER_VIEW})`,
  },
  {
    id: "0011_function_search_path_mutable",
    level: "WARN",
    advisor: "security",
    // Only `search_path = ''` counts: any other value still resolves names the caller may shadow.
    sql: `
      select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as object,
             'search_path is not pinned to an empty string' as detail
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname <> all($1::text[])
        and ${notFromExtension("p", "oid")}
        and not coalesce(p.proconfig, '{}') && array['search_path=""']`,
  },
  {
    id: "0013_rls_disabled_in_public",
    level: "ERROR",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'row level security is off on a table the API serves' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and not c.relrowsecurity
        and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])`,
  },
  {
    id: "0014_extension_in_public",
    level: "WARN",
    advisor: "security",
    sql: `
      select e.extname as object, 'extension installed in public' as detail
      from pg_extension e
      where e.extname <> 'plpgsql' and e.extnamespace = 'public'::regnamespace`,
  },
  {
    id: "0015_rls_references_user_metadata",
    level: "ERROR",
    advisor: "security",
    // user_metadata is writable by the user it describes, so a policy must never trust it.
    sql: `
      with p as (${POLICIES})
      select format('%s.%s', schema_name, table_name) as object,
             format('policy "%s" reads user_metadata', policy_name) as detail
      from p
      where schema_name <> all($1::text[])
        and (qual like '%auth.jwt()%user_metadata%'
          or qual like '%current_setting(%request.jwt.claims%)%user_metadata%'
          or with_check like '%auth.jwt()%user_metadata%'
          or with_check like '%current_setting(%request.jwt.claims%)%user_metadata%')`,
  },
  {
    id: "0016_materialized_view_in_api",
    level: "WARN",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'materialized view (no RLS) readable by an API role' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'm' and ${API_CAN_READ}
        and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])
        and ${notFromExtension("c", "oid")}`,
  },
  {
    id: "0017_foreign_table_in_api",
    level: "WARN",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'foreign table (no RLS) readable by an API role' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'f' and ${API_CAN_READ}
        and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])
        and ${notFromExtension("c", "oid")}`,
  },
  {
    id: "0018_unsupported_reg_types",
    level: "WARN",
    advisor: "security",
    // These reg* types store oids that pg_upgrade cannot carry over.
    sql: `
      select format('%s.%s.%s', n.nspname, c.relname, a.attname) as object,
             format('column of type %s blocks pg_upgrade', t.typname) as detail
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_type t on t.oid = a.atttypid
      where t.typnamespace = 'pg_catalog'::regnamespace
        and t.typname in ('regcollation', 'regconfig', 'regdictionary', 'regnamespace', 'regoper',
          'regoperator', 'regproc', 'regprocedure')
        and n.nspname not in ('pg_catalog', 'information_schema', 'pgsodium')`,
  },
  {
    id: "0019_insecure_queue_exposed_in_api",
    level: "ERROR",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'queue table without RLS while pgmq_public is exposed' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'I') and not c.relrowsecurity and ${API_CAN_READ}
        and n.nspname = 'pgmq' and c.relname like 'q\\_%'
        and 'pgmq_public' = any(${EXPOSED})`,
  },
  {
    id: "0021_fkey_to_auth_unique",
    level: "ERROR",
    advisor: "security",
    // Auth may change its unique constraints; only its primary keys are safe to reference.
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             format('foreign key %s references a unique constraint in auth', k.conname) as detail
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_class target on target.oid = k.confrelid
      join pg_index i on i.indexrelid = k.conindid
      where k.contype = 'f' and target.relnamespace = 'auth'::regnamespace
        and i.indisunique and not i.indisprimary`,
  },
  {
    id: "0022_extension_versions_outdated",
    level: "WARN",
    advisor: "security",
    sql: `
      select x.name as object,
             format('installed %s, default %s', x.installed_version, x.default_version) as detail
      from pg_available_extensions x
      where x.installed_version is not null and x.default_version is not null
        and x.installed_version <> x.default_version
        and exists (select 1 from pg_available_extension_versions v where v.name = x.name and v.installed)`,
  },
  {
    id: "0023_sensitive_columns_exposed",
    level: "ERROR",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             format('no RLS and sensitive columns: %s', string_agg(a.attname, ', ' order by a.attname)) as detail
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind = 'r' and not c.relrowsecurity and ${API_CAN_READ}
        and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])
        and replace(lower(a.attname), '-', '_') in (
          'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secret_key', 'private_key', 'api_key',
          'apikey', 'auth_key', 'token', 'jwt', 'access_token', 'refresh_token', 'oauth_token',
          'session_token', 'bearer_token', 'auth_code', 'session_id', 'session_key', 'session_secret',
          'recovery_code', 'backup_code', 'verification_code', 'otp', 'two_factor', '2fa_secret',
          '2fa_code', 'ssn', 'social_security', 'social_security_number', 'driver_license',
          'drivers_license', 'license_number', 'passport_number', 'passport_id', 'national_id',
          'tax_id', 'credit_card', 'card_number', 'cvv', 'cvc', 'cvn', 'bank_account',
          'account_number', 'routing_number', 'iban', 'swift_code', 'bic', 'health_record',
          'medical_record', 'patient_id', 'insurance_number', 'health_insurance',
          'medical_insurance', 'treatment', 'mac_address', 'macaddr', 'imei', 'device_uuid',
          'pgp_key', 'gpg_key', 'ssh_key', 'certificate', 'license_key', 'activation_key',
          'facial_recognition')
      group by n.nspname, c.relname`,
  },
  {
    id: "0024_rls_policy_always_true",
    level: "WARN",
    advisor: "security",
    // `true` for reading is often deliberate (public data), so only writes are flagged.
    sql: `
      with p as (${POLICIES})
      select format('%s.%s', schema_name, table_name) as object,
             format('policy "%s" for %s lets every API caller through', policy_name, cmd) as detail
      from p
      where relkind = 'r' and rls_on and permissive and ${FOR_API_ROLES}
        and schema_name <> all($1::text[])
        and (
          (cmd in ('UPDATE', 'DELETE', 'ALL')
            and (${squash("qual")} in ('true', '(true)', '1=1', '(1=1)') or qual is null))
          or ${squash("with_check")} in ('true', '(true)', '1=1', '(1=1)')
          or (with_check is null and cmd in ('INSERT', 'UPDATE', 'ALL'))
        )`,
  },
  {
    id: "0025_public_bucket_allows_listing",
    level: "WARN",
    advisor: "security",
    // A public bucket serves files by URL without any policy; a broad SELECT policy on top lets
    // anyone list every name in it.
    sql: `
      select format('bucket %s', b.id) as object,
             format('policy "%s" lets API callers list a public bucket', pp.policyname) as detail
      from storage.buckets b
      join pg_policies pp on pp.schemaname = 'storage' and pp.tablename = 'objects'
      where b.public and pp.cmd in ('SELECT', 'ALL') and pp.permissive = 'PERMISSIVE'
        and pp.roles && array['public', 'anon', 'authenticated']::name[]
        and (pp.qual is null
          or ${squash("pp.qual")} in ('true', '(true)', '1=1', '(1=1)')
          or (regexp_match(pp.qual, $re$\\A\\s*\\(*\\s*bucket_id\\s*=\\s*('(?:[^']|'')*')(\\s*::\\s*[[:alnum:]_\\.]+)?\\s*\\)*\\s*\\Z$re$, 'i'))[1]
             = quote_literal(b.id))`,
  },
  {
    id: "0025_pg17_deprecated_extensions",
    level: "WARN",
    advisor: "security",
    sql: `
      select e.extname as object, 'extension removed from Supabase''s Postgres 17 images' as detail
      from pg_extension e where e.extname in ('plv8', 'timescaledb', 'adminpack')`,
  },
  {
    id: "0026_pg_graphql_anon_table_exposed",
    level: "WARN",
    advisor: "security",
    // GraphQL introspection shows every table the role can read, RLS or not.
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'anon can read it, so /graphql/v1 introspection shows it' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and has_table_privilege('anon', c.oid, 'SELECT')
        and exists (select 1 from pg_extension where extname = 'pg_graphql')
        and n.nspname <> all($1::text[])`,
  },
  {
    id: "0027_pg_graphql_authenticated_table_exposed",
    level: "WARN",
    advisor: "security",
    sql: `
      select format('%s.%s', n.nspname, c.relname) as object,
             'authenticated can read a column, so /graphql/v1 introspection shows it' as detail
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'v', 'm', 'f')
        and exists (select 1 from pg_extension where extname = 'pg_graphql')
        and n.nspname <> all($1::text[])
        and exists (
          select 1 from pg_attribute a
          where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            and has_column_privilege('authenticated', c.oid, a.attnum, 'SELECT')
        )`,
  },
  ...(["anon", "authenticated"] as const).map(
    (role): AdvisorLint => ({
      id:
        role === "anon"
          ? "0028_anon_security_definer_function_executable"
          : "0029_authenticated_security_definer_function_executable",
      level: "WARN",
      advisor: "security",
      // A security definer function in an exposed schema is an RPC endpoint that runs with its
      // owner's rights, whatever RLS says.
      sql: `
        select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as object,
               'security definer function ${role} may execute through /rest/v1/rpc' as detail
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and has_function_privilege('${role}', p.oid, 'EXECUTE')
          and n.nspname = any(${EXPOSED}) and n.nspname <> all($1::text[])`,
    }),
  ),
  {
    id: "0030_rls_policy_null_auth_disjunct",
    level: "WARN",
    advisor: "security",
    // `auth.uid() is null or …` at the top of a read policy admits every row to anon.
    sql: `
      with p as (${POLICIES})
      select format('%s.%s', schema_name, table_name) as object,
             format('policy "%s" is true whenever the caller is signed out', policy_name) as detail
      from p
      where relkind = 'r' and rls_on and permissive and cmd in ('SELECT', 'ALL') and ${FOR_API_ROLES}
        and schema_name <> all($1::text[])
        and ${squash("qual")} ~ ('(^\\(*|or\\(*)(' || ${NULL_CHECK} || ')\\)*(or|$)')`,
  },
  {
    id: "0030_invalid_index",
    level: "WARN",
    advisor: "performance",
    sql: `
      select format('%s.%s', n.nspname, ic.relname) as object,
             'index left invalid (a failed concurrent build)' as detail
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class tc on tc.oid = i.indrelid
      join pg_namespace n on n.oid = tc.relnamespace
      where not i.indisvalid and n.nspname <> all($1::text[])
        and ${notFromExtension("ic", "oid")}`,
  },
  {
    id: "0031_unused_replication_slot",
    level: "WARN",
    advisor: "performance",
    sql: `
      select s.slot_name::text as object,
             format('inactive slot, wal_status %s', s.wal_status) as detail
      from pg_replication_slots s
      where not s.active and s.wal_status in ('unreserved', 'lost')`,
  },
];

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
