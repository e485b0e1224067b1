-- Role checks for RLS policies. They live in `private`, which REST does not expose, and are
-- security definer (with an empty search_path) so a policy on profiles can ask about profiles
-- without recursing into its own RLS. plpgsql: bodies are resolved at call time, so these can
-- precede the tables they read.
create schema if not exists private;
--> statement-breakpoint
revoke all on schema private from public;
--> statement-breakpoint
grant usage on schema private to authenticated, service_role;
--> statement-breakpoint
create or replace function private.current_role() returns text
language plpgsql stable security definer set search_path = ''
as $$
begin
  return (select p.role::text from public.profiles p where p.id = (select auth.uid()));
end;
$$;
--> statement-breakpoint
create or replace function private.is_staff() returns boolean
language plpgsql stable security definer set search_path = ''
as $$
begin
  return coalesce((select private.current_role()) in ('team', 'admin'), false);
end;
$$;
--> statement-breakpoint
create or replace function private.is_admin() returns boolean
language plpgsql stable security definer set search_path = ''
as $$
begin
  return coalesce((select private.current_role()) = 'admin', false);
end;
$$;
--> statement-breakpoint
create or replace function private.current_company_id() returns uuid
language plpgsql stable security definer set search_path = ''
as $$
begin
  return (select p.company_id from public.profiles p where p.id = (select auth.uid()));
end;
$$;
--> statement-breakpoint
-- A live grant: not revoked, not expired, to the person or to their company.
create or replace function private.has_beta_access(target_product_id uuid) returns boolean
language plpgsql stable security definer set search_path = ''
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
revoke execute on all functions in schema private from public;
--> statement-breakpoint
grant execute on all functions in schema private to authenticated, service_role;
