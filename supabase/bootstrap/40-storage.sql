-- The storage schema as Supabase Storage (storage-api) keeps it: buckets, objects, the path
-- helpers policies use, RLS on, grants as hosted has them. Our migrations add buckets and
-- policies, never tables (supabase/storage migrations/tenant/*.sql, columns as of v1.x).
create schema storage authorization supabase_storage_admin;
grant usage on schema storage to postgres, anon, authenticated, service_role, dashboard_user;

-- storage-api logs in as supabase_storage_admin and switches to the caller's role per request.
grant anon, authenticated, service_role to supabase_storage_admin;

set role supabase_storage_admin;

create table storage.buckets (
  id text not null primary key,
  name text not null,
  owner uuid,
  owner_id text,
  public boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create unique index bname on storage.buckets using btree (name);
comment on column storage.buckets.owner is 'Field is deprecated, use owner_id instead';

create table storage.objects (
  id uuid not null default gen_random_uuid() primary key,
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  user_metadata jsonb
);
create unique index bucketid_objname on storage.objects using btree (bucket_id, name);
create index name_prefix_search on storage.objects using btree (name text_pattern_ops);
comment on column storage.objects.owner is 'Field is deprecated, use owner_id instead';

alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;

-- 'folder/sub/file.png' -> {folder,sub}
create function storage.foldername(name text) returns text[]
language sql immutable set search_path = '' as $$
  select (string_to_array(name, '/'))[1:cardinality(string_to_array(name, '/')) - 1];
$$;

-- 'folder/sub/file.png' -> 'file.png'
create function storage.filename(name text) returns text
language sql immutable set search_path = '' as $$
  select (string_to_array(name, '/'))[cardinality(string_to_array(name, '/'))];
$$;

-- 'folder/sub/file.png' -> 'png'
create function storage.extension(name text) returns text
language sql immutable set search_path = '' as $$
  select reverse(split_part(reverse(storage.filename(name)), '.', 1));
$$;

reset role;

-- Hosted grants every API role all privileges on the storage tables: RLS alone decides.
grant all on storage.buckets, storage.objects to anon, authenticated, service_role, postgres;
grant execute on function storage.foldername(text), storage.filename(text),
  storage.extension(text) to anon, authenticated, service_role, postgres;

-- On hosted Supabase `postgres` may create policies on storage.objects (supautils'
-- policy_grants) but no tables, functions or indexes in storage. Postgres only lets the table's
-- owner create policies, so `postgres` inherits the owner's rights here and the event triggers
-- below refuse every other DDL it runs in the storage schema.
grant supabase_storage_admin to postgres with inherit true, set true;

-- One guard for both events (tg_event tells which): what a DDL statement made or changed, or
-- what a drop removed, in storage beyond policies.
create or replace function extensions.storage_ddl_guard() returns event_trigger
language plpgsql as $$
declare
  is_drop boolean := tg_event = 'sql_drop';
  is_forbidden boolean;
begin
  if session_user <> 'postgres' then
    return;
  end if;
  -- Each event's function may only be called in its own event, so the branches stay apart.
  if is_drop then
    is_forbidden := exists (
      select from pg_event_trigger_dropped_objects()
      where schema_name = 'storage' and object_type <> 'policy');
  else
    is_forbidden := exists (
      select from pg_event_trigger_ddl_commands()
      where schema_name = 'storage'
        and command_tag not in ('CREATE POLICY', 'ALTER POLICY', 'COMMENT', 'GRANT', 'REVOKE'));
  end if;
  if is_forbidden then
    raise exception 'permission denied for schema storage'
      using errcode = '42501',
        hint = format('Only policies may be %s in the storage schema.',
          case when is_drop then 'dropped' else 'created' end);
  end if;
end;
$$;

drop event trigger if exists storage_ddl_guard;
create event trigger storage_ddl_guard on ddl_command_end execute procedure extensions.storage_ddl_guard();
drop event trigger if exists storage_drop_guard;
create event trigger storage_drop_guard on sql_drop execute procedure extensions.storage_ddl_guard();
-- A database bootstrapped before kept a second guard function for drops.
drop function if exists extensions.storage_drop_guard();
