DROP INDEX "analytics_events_event_type_occurred_at_idx";--> statement-breakpoint
DROP INDEX "audit_logs_table_name_record_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_actor_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_at_idx";--> statement-breakpoint
DROP INDEX "beta_builds_published_at_idx";--> statement-breakpoint
DROP INDEX "contacts_email_idx";--> statement-breakpoint
DROP INDEX "project_updates_visibility_idx";--> statement-breakpoint
DROP INDEX "tasks_status_idx";--> statement-breakpoint
CREATE INDEX "contacts_email_lower_idx" ON "contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "profiles_email_lower_idx" ON "profiles" USING btree (lower("email"));--> statement-breakpoint
-- Supabase's advisors (splinter) flag a SECURITY DEFINER function that anon or authenticated may
-- execute: it runs with its owner's rights, past RLS. The role helpers RLS policies call were
-- such functions, so that a policy on profiles could ask about profiles without recursing into
-- its own RLS. They now run as the caller and read `private.user_access`: one row per person
-- (role and company, mirrored from profiles by a trigger) whose only policy lets each person
-- read their own row and calls no helper, so nothing recurses. Every policy keeps its meaning.
create table private.user_access (
  user_id uuid primary key references public.profiles (id) on delete cascade on update cascade,
  role public.app_role not null,
  company_id uuid
);
--> statement-breakpoint
alter table private.user_access enable row level security;
--> statement-breakpoint
create policy "people read their own access" on private.user_access
  for select to authenticated
  using (user_id = (select auth.uid()));
--> statement-breakpoint
revoke all on table private.user_access from public, anon, authenticated, service_role;
--> statement-breakpoint
grant select on table private.user_access to authenticated, service_role;
--> statement-breakpoint
-- Only this trigger writes user_access, as the table's owner; nobody may call it directly.
create or replace function private.mirror_user_access() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into private.user_access (user_id, role, company_id)
  values (new.id, new.role, new.company_id)
  on conflict (user_id) do update set role = excluded.role, company_id = excluded.company_id;
  return null;
end;
$$;
--> statement-breakpoint
revoke execute on function private.mirror_user_access() from public;
--> statement-breakpoint
create trigger mirror_user_access
  after insert or update of id, role, company_id on public.profiles
  for each row execute function private.mirror_user_access();
--> statement-breakpoint
insert into private.user_access (user_id, role, company_id)
select p.id, p.role, p.company_id from public.profiles p
on conflict (user_id) do update set role = excluded.role, company_id = excluded.company_id;
--> statement-breakpoint
-- The caller's role, or null when signed out or without a profile. is_staff() and is_admin()
-- derive from it, so this is the one place that decides who counts as staff.
create or replace function private.current_role() returns text
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return (
    select a.role::text from private.user_access a
    where a.user_id = (select auth.uid())
    -- A condition every staff session must meet goes here, e.g. a second factor:
    --   and (a.role = 'client' or (select auth.jwt()) ->> 'aal' = 'aal2')
  );
end;
$$;
--> statement-breakpoint
create or replace function private.is_staff() returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return coalesce((select private.current_role()) in ('team', 'admin'), false);
end;
$$;
--> statement-breakpoint
create or replace function private.is_admin() returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return coalesce((select private.current_role()) = 'admin', false);
end;
$$;
--> statement-breakpoint
create or replace function private.current_company_id() returns uuid
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return (
    select a.company_id from private.user_access a
    where a.user_id = (select auth.uid())
  );
end;
$$;
--> statement-breakpoint
-- As the caller, beta_access's own policy already shows a client their personal and company
-- grants (and staff all of them); the filter below narrows that to the caller's own.
create or replace function private.has_beta_access(target_product_id uuid) returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return exists (
    select 1
    from public.beta_access a
    where a.product_id = target_product_id
      and a.revoked_at is null
      and (a.expires_at is null or a.expires_at > now())
      and (
        a.profile_id = (select auth.uid())
        or a.company_id = (select private.current_company_id())
      )
  );
end;
$$;
--> statement-breakpoint
create or replace function private.can_read_beta_object(object_name text) returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
declare
  product text := (storage.foldername(object_name))[1];
begin
  if product is null
    or product !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return false;
  end if;
  return (select private.has_beta_access(product::uuid));
end;
$$;
--> statement-breakpoint
-- As the caller, projects' own policy lets a client see their company's projects, which is all
-- this asks about.
create or replace function private.can_read_project_file(object_name text) returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
declare
  folders text[] := storage.foldername(object_name);
  company uuid := (select private.current_company_id());
begin
  return company is not null
    and cardinality(folders) >= 3
    and folders[1] = company::text
    and folders[3] = 'client'
    and exists (
      select 1 from public.projects p where p.id::text = folders[2] and p.company_id = company
    );
end;
$$;
--> statement-breakpoint
-- Redeeming must count a use on a code the client may not update and write a grant they may
-- not insert, so it needs its owner's rights: that body moves to `private`, which the Data API
-- does not expose, and the RPC in public becomes a wrapper that runs as the caller.
create or replace function private.redeem_beta_invite(invite_code text) returns public.beta_access
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  found_code public.beta_invite_codes;
  live_grant public.beta_access;
begin
  if caller is null then
    raise exception using errcode = '42501', message = 'Sign in to redeem an invite code';
  end if;
  select * into found_code from public.beta_invite_codes c where c.code = btrim(invite_code) for update;
  if not found then
    raise exception using errcode = 'P0001', message = 'This invite code does not exist';
  end if;
  if found_code.expires_at is not null and found_code.expires_at <= now() then
    raise exception using errcode = 'P0001', message = 'This invite code has expired';
  end if;
  select * into live_grant from public.beta_access a
  where a.product_id = found_code.product_id and a.profile_id = caller
    and a.revoked_at is null and (a.expires_at is null or a.expires_at > now())
  limit 1;
  if found then
    return live_grant;
  end if;
  if found_code.uses >= found_code.max_uses then
    raise exception using errcode = 'P0001', message = 'This invite code has been used up';
  end if;
  update public.beta_invite_codes set uses = uses + 1 where id = found_code.id;
  insert into public.beta_access (product_id, profile_id, granted_by)
  values (found_code.product_id, caller, found_code.created_by)
  returning * into live_grant;
  return live_grant;
end;
$$;
--> statement-breakpoint
revoke execute on function private.redeem_beta_invite(text) from public;
--> statement-breakpoint
grant execute on function private.redeem_beta_invite(text) to authenticated, service_role;
--> statement-breakpoint
create or replace function public.redeem_beta_invite(invite_code text) returns public.beta_access
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  return private.redeem_beta_invite(invite_code);
end;
$$;
--> statement-breakpoint
-- Supabase's advisors (splinter 0025) flag a public bucket whose objects anon or authenticated
-- may SELECT: anyone could list every key in it. A public bucket's URLs
-- (`/storage/v1/object/public/public-media/…`) are served without consulting RLS, so the
-- portal's images need no policy. Listing and downloading through the API is for staff, whose
-- media picker lists the bucket.
drop policy "anyone reads public media" on storage.objects;
--> statement-breakpoint
create policy "staff list public media" on storage.objects
  for select to authenticated
  using (bucket_id = 'public-media' and (select private.is_staff()));
