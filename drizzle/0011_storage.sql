-- Storage: our three buckets and who may touch their objects. Object keys are laid out so a
-- policy can read the owner from the path (supabase/local/storage/README.md, "Buckets"):
--   beta-builds    <product_id>/<version>/<file>             staff write; grantees read
--   project-files  <company_id>/<project_id>/client/<file>   staff all; the company's clients read
--                  <company_id>/<project_id>/internal/<file> staff only
--   public-media   <anything>                                anyone reads; staff write
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
  ('beta-builds', 'beta-builds', false, 524288000, array[
    'application/vnd.android.package-archive', 'application/octet-stream', 'application/zip',
    'application/x-apple-diskimage']),
  ('project-files', 'project-files', false, 52428800, array[
    'application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain', 'text/csv',
    'application/zip',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation']),
  ('public-media', 'public-media', true, 10485760, array[
    'image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml', 'video/mp4'])
on conflict (id) do nothing;
--> statement-breakpoint
-- The first folder of a beta build's key is a product id the caller holds a live grant for.
-- A folder that is no uuid simply grants nothing (a cast would fail the whole statement).
create or replace function private.can_read_beta_object(object_name text) returns boolean
language plpgsql stable security definer set search_path = ''
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
-- `<company_id>/<project_id>/client/…`: the caller's company, a project of that company.
create or replace function private.can_read_project_file(object_name text) returns boolean
language plpgsql stable security definer set search_path = ''
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
revoke execute on function private.can_read_beta_object(text), private.can_read_project_file(text) from public;
--> statement-breakpoint
grant execute on function private.can_read_beta_object(text), private.can_read_project_file(text) to authenticated, service_role;
--> statement-breakpoint
create policy "anyone reads public media" on storage.objects
  for select to anon, authenticated
  using (bucket_id = 'public-media');
--> statement-breakpoint
create policy "staff and granted clients read beta builds" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'beta-builds'
    and ((select private.is_staff()) or private.can_read_beta_object(name))
  );
--> statement-breakpoint
create policy "staff and the project's clients read project files" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'project-files'
    and ((select private.is_staff()) or private.can_read_project_file(name))
  );
--> statement-breakpoint
create policy "staff upload to atrium buckets" on storage.objects
  for insert to authenticated
  with check (
    bucket_id in ('beta-builds', 'project-files', 'public-media') and (select private.is_staff())
  );
--> statement-breakpoint
create policy "staff replace objects in atrium buckets" on storage.objects
  for update to authenticated
  using (
    bucket_id in ('beta-builds', 'project-files', 'public-media') and (select private.is_staff())
  )
  with check (
    bucket_id in ('beta-builds', 'project-files', 'public-media') and (select private.is_staff())
  );
--> statement-breakpoint
create policy "staff delete objects in atrium buckets" on storage.objects
  for delete to authenticated
  using (
    bucket_id in ('beta-builds', 'project-files', 'public-media') and (select private.is_staff())
  );
