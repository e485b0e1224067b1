-- The projects board and the admin's bulk actions (issue #15).
--
-- 1. A project's status moves only as db/status/projects.ts `projectTransitions` says; the
--    board greys out the other columns, but this trigger is the rule, whoever writes. The two
--    JSON literals below are that table and the status labels; tests/integration/db/
--    board-bulk.test.ts tries every pair against the TypeScript table and its refusal sentence.
-- 2. One RPC per bulk action, security invoker: each runs under the caller's own RLS and
--    triggers (the transition guards, the audit log, the outbox), in one statement's transaction,
--    so a batch is done entirely or not at all. Each checks the caller first (staff at aal2, or an
--    admin where RLS lets only admins), then that every id exists and may take the change, and
--    names what is wrong; it returns how many rows it changed.
create or replace function private.guard_project_status() returns trigger
language plpgsql set search_path = ''
as $$
declare
  allowed constant jsonb := '{"pending":["active","on_hold"],"active":["on_hold","completed"],"on_hold":["active","completed"],"completed":["active"]}';
  labels constant jsonb := '{"pending":"Not started","active":"In progress","on_hold":"On hold","completed":"Completed"}';
begin
  if not ((allowed -> old.status::text) ? new.status::text) then
    raise exception using errcode = '23514',
      message = format('A project cannot go from %s to %s',
        labels ->> old.status::text, labels ->> new.status::text),
      hint = 'A started project never goes back to Not started; it completes only once started.';
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger guard_project_status
  before update of status on public.projects
  for each row when (old.status is distinct from new.status)
  execute function private.guard_project_status();
--> statement-breakpoint
-- Approve or reject many requests. The status change itself fires `email_on_request_status`,
-- the same trigger a single approval fires, so each request gets its one email from the outbox.
create or replace function public.bulk_decide_signup_requests(
  ids uuid[], decision text, reason text default null
) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  wanted integer := cardinality(array(select distinct unnest(ids)));
  found_count integer;
  stuck integer;
  changed integer;
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception using errcode = '42501', message = 'Only staff may decide sign-up requests';
  end if;
  if decision is null or decision not in ('approve', 'reject') then
    raise exception using errcode = '22023', message = 'The decision must be approve or reject';
  end if;
  if wanted = 0 or wanted > 500 then
    raise exception using errcode = '22023', message = 'Select between 1 and 500 requests';
  end if;
  select count(*) into found_count from public.signup_requests r where r.id = any(ids);
  if found_count < wanted then
    raise exception using errcode = 'P0002',
      message = format('%s of the %s selected requests no longer exist; nothing was changed',
        wanted - found_count, wanted);
  end if;
  select count(*) into stuck from public.signup_requests r
  where r.id = any(ids)
    and not (r.status = 'confirmed' or (decision = 'reject' and r.status = 'pending'));
  if stuck > 0 then
    raise exception using errcode = '23514',
      message = format('%s of the %s selected requests cannot be %s (already decided%s); nothing was changed',
        stuck, wanted, case decision when 'approve' then 'approved' else 'rejected' end,
        case decision when 'approve' then ' or email not confirmed' else '' end);
  end if;
  update public.signup_requests r
  set status = case decision when 'approve' then 'approved' else 'rejected' end::public.signup_status,
      rejection_reason = case decision when 'reject' then nullif(btrim(reason), '') end
  where r.id = any(ids);
  get diagnostics changed = row_count;
  return changed;
end;
$$;
--> statement-breakpoint
-- Move many projects to one status; the guard above refuses the whole batch if one may not go.
create or replace function public.bulk_set_project_status(
  ids uuid[], new_status public.project_status
) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  wanted integer := cardinality(array(select distinct unnest(ids)));
  found_count integer;
  changed integer;
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception using errcode = '42501', message = 'Only staff may change projects';
  end if;
  if new_status is null or wanted = 0 or wanted > 500 then
    raise exception using errcode = '22023', message = 'Select between 1 and 500 projects and a status';
  end if;
  select count(*) into found_count from public.projects p where p.id = any(ids);
  if found_count < wanted then
    raise exception using errcode = 'P0002',
      message = format('%s of the %s selected projects no longer exist; nothing was changed',
        wanted - found_count, wanted);
  end if;
  update public.projects p set status = new_status
  where p.id = any(ids) and p.status <> new_status;
  get diagnostics changed = row_count;
  return changed;
end;
$$;
--> statement-breakpoint
-- Give many projects one account manager (a team member or admin), or none (null).
create or replace function public.bulk_assign_account_manager(
  ids uuid[], manager_id uuid
) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  wanted integer := cardinality(array(select distinct unnest(ids)));
  found_count integer;
  changed integer;
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception using errcode = '42501', message = 'Only staff may change projects';
  end if;
  if wanted = 0 or wanted > 500 then
    raise exception using errcode = '22023', message = 'Select between 1 and 500 projects';
  end if;
  if manager_id is not null and not exists (
    select 1 from public.profiles m where m.id = manager_id and m.role in ('team', 'admin')
  ) then
    raise exception using errcode = '23514', message = 'An account manager must be a team member or an admin';
  end if;
  select count(*) into found_count from public.projects p where p.id = any(ids);
  if found_count < wanted then
    raise exception using errcode = 'P0002',
      message = format('%s of the %s selected projects no longer exist; nothing was changed',
        wanted - found_count, wanted);
  end if;
  update public.projects p set account_manager_id = manager_id
  where p.id = any(ids) and p.account_manager_id is distinct from manager_id;
  get diagnostics changed = row_count;
  return changed;
end;
$$;
--> statement-breakpoint
-- Delete many projects (admins only, as RLS has it); their updates, tasks and notes go with them.
create or replace function public.bulk_delete_projects(ids uuid[]) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  wanted integer := cardinality(array(select distinct unnest(ids)));
  changed integer;
begin
  if not coalesce((select private.is_admin()), false) then
    raise exception using errcode = '42501', message = 'Only admins may delete projects';
  end if;
  if wanted = 0 or wanted > 500 then
    raise exception using errcode = '22023', message = 'Select between 1 and 500 projects';
  end if;
  delete from public.projects p where p.id = any(ids);
  get diagnostics changed = row_count;
  if changed < wanted then
    raise exception using errcode = 'P0002',
      message = format('%s of the %s selected projects no longer exist; nothing was deleted',
        wanted - changed, wanted);
  end if;
  return changed;
end;
$$;
--> statement-breakpoint
-- Revoke many beta grants (admins only), stamping each as the single Revoke does.
create or replace function public.bulk_revoke_beta_access(ids uuid[]) returns integer
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  wanted integer := cardinality(array(select distinct unnest(ids)));
  changed integer;
begin
  if not coalesce((select private.is_admin()), false) then
    raise exception using errcode = '42501', message = 'Only admins may revoke beta access';
  end if;
  if wanted = 0 or wanted > 500 then
    raise exception using errcode = '22023', message = 'Select between 1 and 500 grants';
  end if;
  -- Stamped, not deleted, as a single Revoke does: the grant stays on record as revoked.
  update public.beta_access a set revoked_at = coalesce(a.revoked_at, now()) where a.id = any(ids);
  get diagnostics changed = row_count;
  if changed < wanted then
    raise exception using errcode = 'P0002',
      message = format('%s of the %s selected grants no longer exist; nothing was revoked',
        wanted - changed, wanted);
  end if;
  return changed;
end;
$$;
--> statement-breakpoint
revoke execute on function
  public.bulk_decide_signup_requests(uuid[], text, text),
  public.bulk_set_project_status(uuid[], public.project_status),
  public.bulk_assign_account_manager(uuid[], uuid),
  public.bulk_delete_projects(uuid[]),
  public.bulk_revoke_beta_access(uuid[])
  from public, anon, service_role;
--> statement-breakpoint
grant execute on function
  public.bulk_decide_signup_requests(uuid[], text, text),
  public.bulk_set_project_status(uuid[], public.project_status),
  public.bulk_assign_account_manager(uuid[], uuid),
  public.bulk_delete_projects(uuid[]),
  public.bulk_revoke_beta_access(uuid[])
  to authenticated;
