-- Roles hosted Supabase has before any migration of ours (supabase/postgres init scripts).
-- Cluster-wide, so every statement is guarded: the bootstrap runs once per database.
do $$
declare
  r record;
begin
  for r in
    select * from (values
      ('anon', 'nologin noinherit'),
      ('authenticated', 'nologin noinherit'),
      ('service_role', 'nologin noinherit bypassrls'),
      ('authenticator', 'login noinherit'),
      ('supabase_auth_admin', 'login noinherit createrole'),
      ('supabase_storage_admin', 'login noinherit createrole'),
      ('supabase_realtime_admin', 'nologin noinherit'),
      ('dashboard_user', 'nologin createrole createdb replication'),
      -- On hosted Supabase `postgres` is not a superuser: migrations run with these rights only.
      ('postgres', 'login createrole createdb replication bypassrls')
    ) as t(name, attrs)
  loop
    if not exists (select 1 from pg_roles where rolname = r.name) then
      execute format('create role %I %s', r.name, r.attrs);
    end if;
  end loop;
end
$$;

alter role authenticator password 'postgres';
alter role supabase_auth_admin password 'postgres';
alter role supabase_storage_admin password 'postgres';
alter role postgres password 'postgres';

alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role supabase_auth_admin set search_path = auth;
alter role supabase_storage_admin set search_path = storage;

-- PostgREST logs in as authenticator and switches to these per request.
grant anon, authenticated, service_role to authenticator;
-- The dashboard's SQL editor (postgres) can impersonate API roles, as on hosted.
grant anon, authenticated, service_role to postgres with admin option;
-- SET without INHERIT: postgres may act as the auth and storage admins on purpose (seeding users
-- as GoTrue writes them) but gains none of their rights, so DDL in auth/storage stays refused.
grant supabase_auth_admin, supabase_storage_admin to postgres with inherit false, set true;
