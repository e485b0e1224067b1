ALTER TABLE "beta_feedback" ADD COLUMN "screenshot_path" text;--> statement-breakpoint
ALTER TABLE "beta_feedback" ADD CONSTRAINT "beta_feedback_screenshot_own_folder" CHECK ("beta_feedback"."screenshot_path" is null or (starts_with("beta_feedback"."screenshot_path", "beta_feedback"."profile_id"::text || '/' || "beta_feedback"."build_id"::text || '/') and length("beta_feedback"."screenshot_path") <= 300));--> statement-breakpoint
-- Beta feedback screenshots (written by hand below the generated column; the bucket and its
-- storage policies are nothing drizzle-kit can say). Keys: `<profile_id>/<build_id>/<file>`:
-- the tester uploads only into their own folder and only for a build RLS lets them see (a live
-- grant, a published build); staff read every screenshot, the tester their own.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
  ('beta-feedback', 'beta-feedback', false, 5242880, array['image/png', 'image/jpeg', 'image/webp'])
on conflict (id) do nothing;
--> statement-breakpoint
-- As the caller: beta_builds' own policy decides whether they may see the build. A folder that
-- is no uuid grants nothing (a cast would fail the whole statement).
create or replace function private.can_write_feedback_object(object_name text) returns boolean
language plpgsql stable security invoker set search_path = ''
as $$
declare
  folders text[] := storage.foldername(object_name);
  caller uuid := (select auth.uid());
begin
  if caller is null
    or cardinality(folders) <> 2
    or folders[1] <> caller::text
    or folders[2] !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return false;
  end if;
  return exists (select 1 from public.beta_builds b where b.id = folders[2]::uuid);
end;
$$;
--> statement-breakpoint
revoke execute on function private.can_write_feedback_object(text) from public;
--> statement-breakpoint
grant execute on function private.can_write_feedback_object(text) to authenticated, service_role;
--> statement-breakpoint
create policy "testers upload feedback screenshots into their own folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'beta-feedback' and private.can_write_feedback_object(name));
--> statement-breakpoint
create policy "staff and the tester read feedback screenshots" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'beta-feedback'
    and ((select private.is_staff())
      or (storage.foldername(name))[1] = (select auth.uid())::text)
  );
--> statement-breakpoint
-- The tester may take back an upload whose feedback could not be saved; admins may clean up.
create policy "the tester and admins remove feedback screenshots" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'beta-feedback'
    and ((select private.is_admin())
      or (storage.foldername(name))[1] = (select auth.uid())::text)
  );
