-- Database-level ground: ownership, extensions, publication and PostgREST's reload triggers.
do $$
begin
  execute format('alter database %I owner to postgres', current_database());
end
$$;

create schema if not exists extensions;
grant usage on schema extensions to postgres, anon, authenticated, service_role;
create extension if not exists pgcrypto with schema extensions;
create extension if not exists "uuid-ossp" with schema extensions;

-- public belongs to pg_database_owner (postgres above); API roles only get USAGE.
revoke create on schema public from public;
grant usage on schema public to anon, authenticated, service_role;
grant all on schema public to postgres;

-- No automatic table grants (hosted Supabase, all projects since 2026-10-30): migrations GRANT.
-- New functions still get EXECUTE for PUBLIC, as plain Postgres and Supabase do.

create schema if not exists graphql_public;
grant usage on schema graphql_public to anon, authenticated, service_role;

do $$
begin
  if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$$;
alter publication supabase_realtime owner to postgres;

-- PostgREST reloads its schema cache on NOTIFY pgrst (supabase/postgres
-- 20220126121436_finer-postgrest-triggers.sql); event triggers need a superuser, hence here.
-- Both of Supabase's triggers keep their names; here they share one function, since every DDL
-- and every drop asks for the same reload.
create or replace function extensions.pgrst_ddl_watch() returns event_trigger
language plpgsql as $$
begin
  perform pg_notify('pgrst', 'reload schema');
end;
$$;

drop event trigger if exists pgrst_ddl_watch;
create event trigger pgrst_ddl_watch on ddl_command_end execute procedure extensions.pgrst_ddl_watch();
drop event trigger if exists pgrst_drop_watch;
create event trigger pgrst_drop_watch on sql_drop execute procedure extensions.pgrst_ddl_watch();
-- A database bootstrapped before kept a second, identical function.
drop function if exists extensions.pgrst_drop_watch();
