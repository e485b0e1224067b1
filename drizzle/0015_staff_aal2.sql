-- Staff work needs a second factor (issue 16). A team member or admin counts as staff only in a
-- session that verified one: Supabase Auth then writes `aal: "aal2"` into the access token. At
-- `aal1` (password or link alone) current_role() answers nothing, so is_staff() and is_admin()
-- are false and every policy, trigger guard and storage rule that asks them treats the person as
-- a signed-in client without a company: they read their own profile and published pages, and
-- change nothing staff may change. Clients are unaffected: their role needs no second factor.
-- There is no switch to turn this off: the demo staff logins carry a verified TOTP factor with a
-- documented secret (`npm run totp -- <email>` prints the current code), see db/README.md.
create or replace function private.current_role() returns text
language plpgsql stable security invoker set search_path = ''
as $$
begin
  return (
    select a.role::text from private.user_access a
    where a.user_id = (select auth.uid())
      and (a.role = 'client' or (select auth.jwt()) ->> 'aal' = 'aal2')
  );
end;
$$;
