// The offending objects that prove each advisor lint fires (advisors.test.ts runs them in a
// rolled-back scratch schema `s`), and the lints this machine cannot provoke, with the reason.

/** The scratch schema `s` stands for (created, exposed and rolled back per lint). */
export const SCRATCH = "advisor_scratch";

/** Offending objects per lint: SQL run as the superuser, and the object the lint must name. */
export const provocations: { lint: string; setup: string; object: string }[] = [
  {
    lint: "0001_unindexed_foreign_keys",
    setup: `create table s.parent (id int primary key);
            create table s.child (id int primary key, parent_id int references s.parent (id));`,
    object: "s.child",
  },
  {
    lint: "0002_auth_users_exposed",
    setup: `create view s.people as select id, email from auth.users;
            grant select on s.people to authenticated;`,
    object: "s.people",
  },
  {
    lint: "0003_auth_rls_initplan",
    setup: `create table s.owned (id int primary key, owner uuid);
            alter table s.owned enable row level security;
            create policy "own rows" on s.owned for select to authenticated using (owner = auth.uid());`,
    object: "s.owned",
  },
  { lint: "0004_no_primary_key", setup: "create table s.loose (x int);", object: "s.loose" },
  {
    lint: "0005_unused_index",
    setup: `create table s.indexed (id int primary key, x int);
            create index indexed_x_idx on s.indexed (x);`,
    object: "s.indexed_x_idx",
  },
  {
    lint: "0006_multiple_permissive_policies",
    setup: `create table s.twice (id int primary key);
            alter table s.twice enable row level security;
            create policy "one" on s.twice for select to authenticated using (id > 0);
            create policy "two" on s.twice for select to authenticated using (id < 0);`,
    object: "s.twice",
  },
  {
    lint: "0007_policy_exists_rls_disabled",
    setup: `create table s.open (id int primary key);
            create policy "ignored" on s.open for select to authenticated using (false);`,
    object: "s.open",
  },
  {
    lint: "0008_rls_enabled_no_policy",
    setup: `create table s.shut (id int primary key);
            alter table s.shut enable row level security;`,
    object: "s.shut",
  },
  {
    lint: "0009_duplicate_index",
    setup: `create table s.doubled (id int primary key, x int);
            create index doubled_a on s.doubled (x);
            create index doubled_b on s.doubled (x);`,
    object: "s.doubled",
  },
  {
    lint: "0010_security_definer_view",
    setup: "create view s.owner_view as select 1 as x; grant select on s.owner_view to anon;",
    object: "s.owner_view",
  },
  {
    lint: "0011_function_search_path_mutable",
    setup: "create function s.loose_path() returns int language sql as 'select 1';",
    object: "s.loose_path()",
  },
  {
    lint: "0013_rls_disabled_in_public",
    setup: "create table public.advisor_probe (id int primary key);",
    object: "public.advisor_probe",
  },
  {
    lint: "0014_extension_in_public",
    setup: "create extension citext schema public;",
    object: "citext",
  },
  {
    lint: "0015_rls_references_user_metadata",
    setup: `create table s.meta (id int primary key);
            alter table s.meta enable row level security;
            create policy "trusts metadata" on s.meta for select to authenticated
              using (((select auth.jwt()) -> 'user_metadata' ->> 'admin') = 'yes');`,
    object: "s.meta",
  },
  {
    lint: "0016_materialized_view_in_api",
    setup:
      "create materialized view s.snapshot as select 1 as x; grant select on s.snapshot to anon;",
    object: "s.snapshot",
  },
  {
    lint: "0017_foreign_table_in_api",
    setup: `create extension file_fdw schema ${SCRATCH};
            create server advisor_files foreign data wrapper file_fdw;
            create foreign table s.outside (x int) server advisor_files options (filename '/dev/null');
            grant select on s.outside to anon;`,
    object: "s.outside",
  },
  {
    lint: "0018_unsupported_reg_types",
    setup: "create table s.regs (id int primary key, handler regproc);",
    object: "s.regs.handler",
  },
  {
    lint: "0021_fkey_to_auth_unique",
    setup:
      "create table s.by_phone (id int primary key, phone text references auth.users (phone));",
    object: "s.by_phone",
  },
  {
    lint: "0022_extension_versions_outdated",
    setup: `create extension citext schema ${SCRATCH} version '1.5';`,
    object: "citext",
  },
  {
    lint: "0023_sensitive_columns_exposed",
    setup:
      "create table s.logins (id int primary key, password text); grant select on s.logins to anon;",
    object: "s.logins",
  },
  {
    lint: "0024_rls_policy_always_true",
    setup: `create table s.anything (id int primary key);
            alter table s.anything enable row level security;
            create policy "all in" on s.anything for update to authenticated using (true) with check (true);`,
    object: "s.anything",
  },
  {
    lint: "0025_public_bucket_allows_listing",
    setup: `insert into storage.buckets (id, name, public) values ('advisor-probe', 'advisor-probe', true);
            create policy "list probe" on storage.objects for select to anon using (bucket_id = 'advisor-probe');`,
    object: "bucket advisor-probe",
  },
  {
    lint: "0028_anon_security_definer_function_executable",
    setup:
      "create function s.as_owner() returns int language sql security definer set search_path = '' as 'select 1';",
    object: "s.as_owner()",
  },
  {
    lint: "0029_authenticated_security_definer_function_executable",
    setup:
      "create function s.as_owner() returns int language sql security definer set search_path = '' as 'select 1';",
    object: "s.as_owner()",
  },
  {
    lint: "0030_rls_policy_null_auth_disjunct",
    setup: `create table s.leaky (id int primary key, owner uuid);
            alter table s.leaky enable row level security;
            create policy "leaks" on s.leaky for select to authenticated
              using (auth.uid() is null or owner = (select auth.uid()));`,
    object: "s.leaky",
  },
];

/** Lints an embedded Postgres cannot be made to trip; their queries still run above. */
export const NOT_PROVOKED = [
  "0019_insecure_queue_exposed_in_api", // needs pgmq and the pgmq_public schema
  "0025_pg17_deprecated_extensions", // plv8, timescaledb and adminpack are not installable
  "0026_pg_graphql_anon_table_exposed", // needs pg_graphql
  "0027_pg_graphql_authenticated_table_exposed", // needs pg_graphql
  "0030_invalid_index", // needs a failed CREATE INDEX CONCURRENTLY, which cannot be rolled back
  "0031_unused_replication_slot", // needs a slot past max_slot_wal_keep_size
];
