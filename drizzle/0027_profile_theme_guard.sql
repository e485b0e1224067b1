-- The admin's light/dark choice (profiles.theme, 0026_profile_theme) is the person's own: staff
-- may update every profile (for names, roles, companies), but not someone else's theme. A trigger
-- of its own, beside guard_profile_changes, because RLS cannot tell which column an update sets.
-- Only API callers (authenticated) are checked: triggers and the service role are trusted.
create or replace function private.guard_profile_theme() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if current_user = 'authenticated'
    and new.theme is distinct from old.theme
    and old.id is distinct from (select auth.uid()) then
    raise exception using errcode = '42501', message = 'Only its owner can change a theme';
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger guard_profile_theme
  before update of theme on public.profiles
  for each row execute function private.guard_profile_theme();
