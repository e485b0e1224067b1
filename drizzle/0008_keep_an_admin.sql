-- Atrium always keeps at least one admin: demoting or deleting the last one would leave nobody
-- able to change roles again (only admins may). Checked after the change, per statement, so a
-- swap of admins in one statement is fine.
create or replace function private.keep_an_admin() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if exists (select 1 from old_rows o where o.role = 'admin')
    and not exists (select 1 from public.profiles p where p.role = 'admin') then
    raise exception using errcode = '23514', message = 'Atrium needs at least one admin';
  end if;
  return null;
end;
$$;
--> statement-breakpoint
create trigger keep_an_admin_on_update
  after update on public.profiles
  referencing old table as old_rows
  for each statement execute function private.keep_an_admin();
--> statement-breakpoint
create trigger keep_an_admin_on_delete
  after delete on public.profiles
  referencing old table as old_rows
  for each statement execute function private.keep_an_admin();
--> statement-breakpoint
revoke execute on function private.keep_an_admin() from public;
