// splinter's Security Advisor lints, our SQL (see advisor-lints.ts for the scope and sources).
import {
  type AdvisorLint,
  API_CAN_READ,
  EXPOSED,
  FOR_API_ROLES,
  foreignKeyFindings,
  IN_API,
  INVOKER_VIEW,
  isAlwaysTrue,
  linter,
  NULL_CHECK,
  notFromExtension,
  policyFindings,
  relationFindings,
  squash,
} from "./advisor-sql";

const lint = linter("security");

/** Column names splinter treats as sensitive (0023). */
const SENSITIVE_COLUMNS = `
  password passwd pwd passphrase secret secret_key private_key api_key apikey auth_key token
  jwt access_token refresh_token oauth_token session_token bearer_token auth_code session_id
  session_key session_secret recovery_code backup_code verification_code otp two_factor
  2fa_secret 2fa_code ssn social_security social_security_number driver_license
  drivers_license license_number passport_number passport_id national_id tax_id credit_card
  card_number cvv cvc cvn bank_account account_number routing_number iban swift_code bic
  health_record medical_record patient_id insurance_number health_insurance medical_insurance
  treatment mac_address macaddr imei device_uuid pgp_key gpg_key ssh_key certificate
  license_key activation_key facial_recognition
`
  .trim()
  .split(/\s+/);

/** A relation of kind `kinds` an API role can read in an exposed schema, not an extension's. */
const readableInApi = (kinds: string) =>
  `c.relkind in (${kinds}) and ${API_CAN_READ} and ${IN_API} and ${notFromExtension("c")}`;

export const SECURITY_LINTS: AdvisorLint[] = [
  lint(
    "0002_auth_users_exposed",
    "ERROR",
    `
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
  ),
  lint(
    "0007_policy_exists_rls_disabled",
    "ERROR",
    `
      select distinct format('%s.%s', n.nspname, c.relname) as object,
             'has policies but row level security is off' as detail
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and not c.relrowsecurity
        and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'extensions', 'graphql',
          'graphql_public', 'net', 'pgsodium', 'storage', 'supabase_functions', 'vault')`,
  ),
  lint(
    "0008_rls_enabled_no_policy",
    "INFO",
    relationFindings(
      "'row level security is on but no policy exists'",
      `c.relkind = 'r' and c.relrowsecurity and n.nspname <> all($1::text[])
        and ${notFromExtension("c")}
        and not exists (select 1 from pg_policy p where p.polrelid = c.oid)`,
    ),
  ),
  lint(
    "0010_security_definer_view",
    "ERROR",
    relationFindings(
      "'view runs with its owner''s rights and RLS, not the caller''s'",
      `${readableInApi("'v'")} and not (${INVOKER_VIEW})`,
    ),
  ),
  // Only `search_path = ''` counts: any other value still resolves names the caller may shadow.
  lint(
    "0011_function_search_path_mutable",
    "WARN",
    `
      select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as object,
             'search_path is not pinned to an empty string' as detail
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname <> all($1::text[])
        and ${notFromExtension("p")}
        and not coalesce(p.proconfig, '{}') && array['search_path=""']`,
  ),
  lint(
    "0013_rls_disabled_in_public",
    "ERROR",
    relationFindings(
      "'row level security is off on a table the API serves'",
      `c.relkind = 'r' and not c.relrowsecurity and ${IN_API}`,
    ),
  ),
  lint(
    "0014_extension_in_public",
    "WARN",
    `
      select e.extname as object, 'extension installed in public' as detail
      from pg_extension e
      where e.extname <> 'plpgsql' and e.extnamespace = 'public'::regnamespace`,
  ),
  // user_metadata is writable by the user it describes, so a policy must never trust it.
  lint(
    "0015_rls_references_user_metadata",
    "ERROR",
    policyFindings(
      `format('policy "%s" reads user_metadata', policy_name)`,
      `(qual like '%auth.jwt()%user_metadata%'
          or qual like '%current_setting(%request.jwt.claims%)%user_metadata%'
          or with_check like '%auth.jwt()%user_metadata%'
          or with_check like '%current_setting(%request.jwt.claims%)%user_metadata%')`,
    ),
  ),
  lint(
    "0016_materialized_view_in_api",
    "WARN",
    relationFindings("'materialized view (no RLS) readable by an API role'", readableInApi("'m'")),
  ),
  lint(
    "0017_foreign_table_in_api",
    "WARN",
    relationFindings("'foreign table (no RLS) readable by an API role'", readableInApi("'f'")),
  ),
  // These reg* types store oids that pg_upgrade cannot carry over.
  lint(
    "0018_unsupported_reg_types",
    "WARN",
    `
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
  ),
  lint(
    "0019_insecure_queue_exposed_in_api",
    "ERROR",
    relationFindings(
      "'queue table without RLS while pgmq_public is exposed'",
      `c.relkind in ('r', 'I') and not c.relrowsecurity and ${API_CAN_READ}
        and n.nspname = 'pgmq' and c.relname like 'q\\_%'
        and 'pgmq_public' = any(${EXPOSED})`,
    ),
  ),
  // Auth may change its unique constraints; only its primary keys are safe to reference.
  lint(
    "0021_fkey_to_auth_unique",
    "ERROR",
    foreignKeyFindings(
      "references a unique constraint in auth",
      "target.relnamespace = 'auth'::regnamespace and i.indisunique and not i.indisprimary",
      `join pg_class target on target.oid = k.confrelid
       join pg_index i on i.indexrelid = k.conindid`,
    ),
  ),
  lint(
    "0022_extension_versions_outdated",
    "WARN",
    `
      select x.name as object,
             format('installed %s, default %s', x.installed_version, x.default_version) as detail
      from pg_available_extensions x
      where x.installed_version is not null and x.default_version is not null
        and x.installed_version <> x.default_version
        and exists (select 1 from pg_available_extension_versions v where v.name = x.name and v.installed)`,
  ),
  lint(
    "0023_sensitive_columns_exposed",
    "ERROR",
    relationFindings(
      "format('no RLS and sensitive columns: %s', string_agg(a.attname, ', ' order by a.attname))",
      `c.relkind = 'r' and not c.relrowsecurity and ${API_CAN_READ} and ${IN_API}
        and replace(lower(a.attname), '-', '_') in (${SENSITIVE_COLUMNS.map((name) => `'${name}'`).join(", ")})`,
      {
        join: "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped",
        groupBy: "n.nspname, c.relname",
      },
    ),
  ),
  // `true` for reading is often deliberate (public data), so only writes are flagged.
  lint(
    "0024_rls_policy_always_true",
    "WARN",
    policyFindings(
      `format('policy "%s" for %s lets every API caller through', policy_name, cmd)`,
      `relkind = 'r' and rls_on and permissive and ${FOR_API_ROLES}
        and (
          (cmd in ('UPDATE', 'DELETE', 'ALL') and (${isAlwaysTrue("qual")} or qual is null))
          or ${isAlwaysTrue("with_check")}
          or (with_check is null and cmd in ('INSERT', 'UPDATE', 'ALL'))
        )`,
    ),
  ),
  // A public bucket serves files by URL without any policy; a broad SELECT policy on top lets
  // anyone list every name in it.
  lint(
    "0025_public_bucket_allows_listing",
    "WARN",
    `
      select format('bucket %s', b.id) as object,
             format('policy "%s" lets API callers list a public bucket', pp.policyname) as detail
      from storage.buckets b
      join pg_policies pp on pp.schemaname = 'storage' and pp.tablename = 'objects'
      where b.public and pp.cmd in ('SELECT', 'ALL') and pp.permissive = 'PERMISSIVE'
        and pp.roles && array['public', 'anon', 'authenticated']::name[]
        and (pp.qual is null
          or ${isAlwaysTrue("pp.qual")}
          or (regexp_match(pp.qual, $re$\\A\\s*\\(*\\s*bucket_id\\s*=\\s*('(?:[^']|'')*')(\\s*::\\s*[[:alnum:]_\\.]+)?\\s*\\)*\\s*\\Z$re$, 'i'))[1]
             = quote_literal(b.id))`,
  ),
  lint(
    "0025_pg17_deprecated_extensions",
    "WARN",
    `
      select e.extname as object, 'extension removed from Supabase''s Postgres 17 images' as detail
      from pg_extension e where e.extname in ('plv8', 'timescaledb', 'adminpack')`,
  ),
  // GraphQL introspection shows every table the role can read, RLS or not.
  lint(
    "0026_pg_graphql_anon_table_exposed",
    "WARN",
    relationFindings(
      "'anon can read it, so /graphql/v1 introspection shows it'",
      `c.relkind in ('r', 'p') and has_table_privilege('anon', c.oid, 'SELECT')
        and exists (select 1 from pg_extension where extname = 'pg_graphql')
        and n.nspname <> all($1::text[])`,
    ),
  ),
  lint(
    "0027_pg_graphql_authenticated_table_exposed",
    "WARN",
    relationFindings(
      "'authenticated can read a column, so /graphql/v1 introspection shows it'",
      `c.relkind in ('r', 'v', 'm', 'f')
        and exists (select 1 from pg_extension where extname = 'pg_graphql')
        and n.nspname <> all($1::text[])
        and exists (
          select 1 from pg_attribute a
          where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            and has_column_privilege('authenticated', c.oid, a.attnum, 'SELECT')
        )`,
    ),
  ),
  // A security definer function in an exposed schema is an RPC endpoint that runs with its
  // owner's rights, whatever RLS says.
  ...(
    [
      ["0028_anon_security_definer_function_executable", "anon"],
      ["0029_authenticated_security_definer_function_executable", "authenticated"],
    ] as const
  ).map(([id, role]) =>
    lint(
      id,
      "WARN",
      `
        select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as object,
               'security definer function ${role} may execute through /rest/v1/rpc' as detail
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and has_function_privilege('${role}', p.oid, 'EXECUTE') and ${IN_API}`,
    ),
  ),
  // `auth.uid() is null or …` at the top of a read policy admits every row to anon.
  lint(
    "0030_rls_policy_null_auth_disjunct",
    "WARN",
    policyFindings(
      `format('policy "%s" is true whenever the caller is signed out', policy_name)`,
      `relkind = 'r' and rls_on and permissive and cmd in ('SELECT', 'ALL') and ${FOR_API_ROLES}
        and ${squash("qual")} ~ ('(^\\(*|or\\(*)(' || ${NULL_CHECK} || ')\\)*(or|$)')`,
    ),
  ),
];
