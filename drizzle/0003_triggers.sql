-- Behaviour Drizzle cannot declare: timestamps, the sign-up trigger on auth.users, guards on
-- columns RLS cannot protect, request status transitions, audit, page revisions, invite codes.
-- Trigger functions live in `private` (not exposed by REST) with an empty search_path.

create or replace function private.set_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
--> statement-breakpoint
do $$
declare
  t text;
begin
  foreach t in array array[
    'profiles', 'companies', 'contacts', 'signup_requests', 'projects', 'tasks', 'products',
    'email_templates', 'pages'
  ] loop
    execute format(
      'create trigger set_updated_at before update on public.%I for each row execute function private.set_updated_at()',
      t
    );
  end loop;
end
$$;
--> statement-breakpoint
-- Runs as supabase_auth_admin (GoTrue's role), which has no rights on public: hence security
-- definer with fully qualified names. Roles come only from raw_app_meta_data, which only the
-- service role can write; user_metadata is the applicant's own text and is validated, not trusted.
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  app_role text := coalesce(new.raw_app_meta_data, '{}'::jsonb) ->> 'atrium_role';
  full_name text := nullif(btrim(meta ->> 'full_name'), '');
  company_name text := nullif(btrim(meta ->> 'company_name'), '');
  locale text := coalesce(nullif(meta ->> 'locale', ''), 'en');
  details jsonb := coalesce(meta -> 'details', '{}'::jsonb);
  utm jsonb := coalesce(meta -> 'utm', '{}'::jsonb);
begin
  if locale !~ '^[a-z]{2}$' then
    locale := 'en';
  end if;
  if full_name is not null and char_length(full_name) > 200 then
    raise exception using errcode = '22001', message = 'full_name is longer than 200 characters';
  end if;

  if app_role is not null then
    if app_role not in ('client', 'team', 'admin') then
      raise exception using errcode = '22023',
        message = format('atrium_role must be client, team or admin, not %s', app_role);
    end if;
    insert into public.profiles (id, email, full_name, role, company_id, locale)
    values (
      new.id, coalesce(new.email, ''), full_name, app_role::public.app_role,
      (new.raw_app_meta_data ->> 'company_id')::uuid, locale
    );
    return new;
  end if;

  -- Everyone else signed up on the portal: a client with a request for the team to review.
  if full_name is null then
    raise exception using errcode = '23502', message = 'Sign-up needs full_name';
  end if;
  if company_name is null then
    raise exception using errcode = '23502', message = 'Sign-up needs company_name';
  end if;
  if char_length(company_name) > 200 then
    raise exception using errcode = '22001', message = 'company_name is longer than 200 characters';
  end if;
  if jsonb_typeof(details) <> 'object' then
    raise exception using errcode = '22023', message = 'details must be a JSON object';
  end if;
  if jsonb_typeof(utm) <> 'object' then
    utm := '{}'::jsonb;
  end if;

  insert into public.profiles (id, email, full_name, role, locale)
  values (new.id, coalesce(new.email, ''), full_name, 'client', locale);
  insert into public.signup_requests (profile_id, email, full_name, company_name, details, source, utm)
  values (
    new.id, coalesce(new.email, ''), full_name, company_name, details,
    left(nullif(meta ->> 'source', ''), 200), utm
  );
  return new;
end;
$$;
--> statement-breakpoint
create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();
--> statement-breakpoint
-- Email confirmed → the request becomes `confirmed`; an email change is mirrored on the profile.
create or replace function private.handle_user_updated() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.email_confirmed_at is null and new.email_confirmed_at is not null then
    update public.signup_requests
    set status = 'confirmed', confirmed_at = new.email_confirmed_at
    where profile_id = new.id and status = 'pending';
  end if;
  if new.email is distinct from old.email and new.email is not null then
    update public.profiles set email = new.email where id = new.id;
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger on_auth_user_updated
  after update of email_confirmed_at, email on auth.users
  for each row execute function private.handle_user_updated();
--> statement-breakpoint
-- RLS cannot compare old and new rows, so the columns that carry privilege are guarded here.
-- Only API callers (authenticated) are checked: triggers and the service role are trusted.
create or replace function private.guard_profile_changes() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if current_user <> 'authenticated' then
    return new;
  end if;
  if new.id is distinct from old.id then
    raise exception using errcode = '42501', message = 'A profile id cannot change';
  end if;
  if new.role is distinct from old.role and not (select private.is_admin()) then
    raise exception using errcode = '42501', message = 'Only an admin can change a role';
  end if;
  if new.company_id is distinct from old.company_id and not (select private.is_staff()) then
    raise exception using errcode = '42501', message = 'Only staff can change a company';
  end if;
  if new.email is distinct from old.email then
    raise exception using errcode = '42501',
      message = 'The email belongs to the login: change it through the account settings';
  end if;
  if new.email_bounced_at is distinct from old.email_bounced_at and not (select private.is_staff()) then
    raise exception using errcode = '42501', message = 'Only staff can change the bounce flag';
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger guard_profile_changes
  before update on public.profiles
  for each row execute function private.guard_profile_changes();
--> statement-breakpoint
-- pending → confirmed → approved | rejected (pending → rejected for spam). Reviewer and time are
-- stamped here so the UI cannot forge them.
create or replace function private.guard_signup_request() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if current_user = 'authenticated'
    and (new.profile_id, new.email, new.submitted_at) is distinct from (old.profile_id, old.email, old.submitted_at) then
    raise exception using errcode = '42501', message = 'The applicant, email and submission time cannot change';
  end if;
  if new.status is distinct from old.status then
    if not (
      (old.status = 'pending' and new.status in ('confirmed', 'rejected'))
      or (old.status = 'confirmed' and new.status in ('approved', 'rejected'))
    ) then
      raise exception using errcode = '23514',
        message = format('A request cannot go from %s to %s', old.status, new.status);
    end if;
    if new.status = 'confirmed' and new.confirmed_at is null then
      new.confirmed_at := now();
    end if;
    if new.status in ('approved', 'rejected') then
      new.reviewed_by := (select auth.uid());
      new.reviewed_at := now();
    end if;
  elsif current_user = 'authenticated'
    and (new.reviewed_by, new.reviewed_at) is distinct from (old.reviewed_by, old.reviewed_at) then
    raise exception using errcode = '42501', message = 'The reviewer is recorded by the status change';
  end if;
  if new.status <> 'rejected' and new.rejection_reason is not null and new.status is distinct from old.status then
    new.rejection_reason := null;
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger guard_signup_request
  before update on public.signup_requests
  for each row execute function private.guard_signup_request();
--> statement-breakpoint
-- One audit row per change, naming the caller (auth.uid(), null for system writes).
create or replace function private.record_audit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
begin
  insert into public.audit_logs (table_name, record_id, action, actor_id, old_row, new_row)
  values (
    tg_table_name,
    coalesce(new_row ->> 'id', old_row ->> 'id'),
    lower(tg_op)::public.audit_action,
    (select auth.uid()),
    old_row,
    new_row
  );
  return null;
end;
$$;
--> statement-breakpoint
do $$
declare
  t text;
begin
  foreach t in array array[
    'profiles', 'companies', 'contacts', 'notes', 'signup_requests', 'projects',
    'project_updates', 'tasks', 'products', 'beta_access', 'beta_invite_codes', 'beta_builds',
    'beta_feedback', 'email_templates', 'pages'
  ] loop
    execute format(
      'create trigger record_audit after insert or update or delete on public.%I for each row execute function private.record_audit()',
      t
    );
  end loop;
end
$$;
--> statement-breakpoint
-- Grants already keep API roles out; this also stops the owner and the service role.
create or replace function private.forbid_audit_change() returns trigger
language plpgsql set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = 'audit_logs is append-only';
end;
$$;
--> statement-breakpoint
create trigger forbid_audit_change
  before update or delete on public.audit_logs
  for each row execute function private.forbid_audit_change();
--> statement-breakpoint
create trigger forbid_audit_truncate
  before truncate on public.audit_logs
  for each statement execute function private.forbid_audit_change();
--> statement-breakpoint
create or replace function private.stamp_page_publication() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.status = 'published' and new.published_at is null then
    new.published_at := now();
  elsif new.status = 'draft' then
    new.published_at := null;
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger stamp_page_publication
  before insert or update on public.pages
  for each row execute function private.stamp_page_publication();
--> statement-breakpoint
-- Every saved version of a page, numbered per page; the page's row lock orders concurrent saves.
create or replace function private.record_page_revision() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'UPDATE'
    and (new.title, new.body, new.status, new.seo_title, new.seo_description)
      is not distinct from (old.title, old.body, old.status, old.seo_title, old.seo_description) then
    return null;
  end if;
  insert into public.page_revisions
    (page_id, revision, title, body, status, seo_title, seo_description, saved_by)
  values (
    new.id,
    coalesce((select max(r.revision) from public.page_revisions r where r.page_id = new.id), 0) + 1,
    new.title, new.body, new.status, new.seo_title, new.seo_description,
    coalesce((select auth.uid()), new.author_id)
  );
  return null;
end;
$$;
--> statement-breakpoint
create trigger record_page_revision
  after insert or update on public.pages
  for each row execute function private.record_page_revision();
--> statement-breakpoint
-- Checks and counts a code in one locked step, so two clients racing for its last use cannot
-- both win. Redeeming again while a personal grant is live returns it without using the code.
create or replace function public.redeem_beta_invite(invite_code text) returns public.beta_access
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
revoke execute on function public.redeem_beta_invite(text) from public, anon;
--> statement-breakpoint
grant execute on function public.redeem_beta_invite(text) to authenticated, service_role;
--> statement-breakpoint
-- Trigger functions cannot be called directly anyway; keep `private` closed to PUBLIC regardless.
revoke execute on all functions in schema private from public;
--> statement-breakpoint
grant execute on function private.current_role(), private.is_staff(), private.is_admin(),
  private.current_company_id(), private.has_beta_access(uuid) to authenticated, service_role;
