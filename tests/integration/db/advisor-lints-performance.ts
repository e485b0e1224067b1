// splinter's Performance Advisor lints, our SQL (see advisor-lints.ts for the scope and sources).
import {
  type AdvisorLint,
  foreignKeyFindings,
  linter,
  notFromExtension,
  policyFindings,
  relationFindings,
  SYSTEM_SCHEMAS,
} from "./advisor-sql";

const lint = linter("performance");

export const PERFORMANCE_LINTS: AdvisorLint[] = [
  // splinter wants an index on exactly the key's columns, in order; a longer index starting
  // with them does not count.
  lint(
    "0001_unindexed_foreign_keys",
    "INFO",
    foreignKeyFindings(
      "has no index on exactly its columns",
      `n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'storage', 'vault', 'extensions')
        and n.nspname <> all($1::text[])
        and ${notFromExtension("c")}
        and not exists (
          select 1 from pg_index i
          where i.indrelid = k.conrelid and i.indisvalid
            and string_to_array(i.indkey::text, ' ')::smallint[] = k.conkey
        )`,
    ),
  ),
  // An auth.uid()/jwt()/role()/email() call not preceded by `select` runs once per row.
  lint(
    "0003_auth_rls_initplan",
    "WARN",
    policyFindings(
      `format('policy "%s" calls an auth function per row', policy_name)`,
      `rls_on and (
        (qual like format('%%auth.%s()%%', fn) and lower(qual) not like format('%%select auth.%s()%%', fn))
        or (with_check like format('%%auth.%s()%%', fn) and lower(with_check) not like format('%%select auth.%s()%%', fn))
      )`,
      "unnest(array['uid', 'jwt', 'role', 'email']) fn",
    ),
  ),
  lint(
    "0004_no_primary_key",
    "INFO",
    relationFindings(
      "'table without a primary key'",
      `c.relkind = 'r' and n.nspname not in ${SYSTEM_SCHEMAS} and n.nspname <> all($1::text[])
        and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary)`,
    ),
  ),
  lint(
    "0005_unused_index",
    "INFO",
    `
      select format('%s.%s', s.schemaname, s.indexrelname) as object,
             format('index on %s never scanned', s.relname) as detail
      from pg_stat_user_indexes s join pg_index i on i.indexrelid = s.indexrelid
      where s.idx_scan = 0 and not i.indisunique and not i.indisprimary
        and s.schemaname not in ${SYSTEM_SCHEMAS}
        and s.schemaname <> all($1::text[])`,
  ),
  // Every permissive policy for a role and action is evaluated, so two of them cost twice.
  lint(
    "0006_multiple_permissive_policies",
    "WARN",
    `
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
        and n.nspname not in ${SYSTEM_SCHEMAS}
        and n.nspname <> all($1::text[])
        and r.rolname not like 'pg\\_%' and r.rolname not like 'supabase%admin' and not r.rolbypassrls
      group by n.nspname, c.relname, r.rolname, a.action
      having count(*) > 1`,
  ),
  // Two indexes whose definitions differ only by name.
  lint(
    "0009_duplicate_index",
    "WARN",
    relationFindings(
      "format('identical indexes %s', string_agg(x.indexname, ', ' order by x.indexname))",
      `c.relkind in ('r', 'm') and n.nspname <> all($1::text[]) and ${notFromExtension("c")}`,
      {
        join: "join pg_indexes x on x.schemaname = n.nspname and x.tablename = c.relname",
        groupBy: "n.nspname, c.relname, replace(x.indexdef, x.indexname, '')",
        having: "count(*) > 1",
      },
    ),
  ),
  lint(
    "0030_invalid_index",
    "WARN",
    `
      select format('%s.%s', n.nspname, ic.relname) as object,
             'index left invalid (a failed concurrent build)' as detail
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class tc on tc.oid = i.indrelid
      join pg_namespace n on n.oid = tc.relnamespace
      where not i.indisvalid and n.nspname <> all($1::text[])
        and ${notFromExtension("ic")}`,
  ),
  lint(
    "0031_unused_replication_slot",
    "WARN",
    `
      select s.slot_name::text as object,
             format('inactive slot, wal_status %s', s.wal_status) as detail
      from pg_replication_slots s
      where not s.active and s.wal_status in ('unreserved', 'lost')`,
  ),
];
