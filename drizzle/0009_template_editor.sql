-- An email template records who last edited it, not only who created it: the column's default
-- covers inserts, this covers updates. A system write (no signed-in user) keeps the last editor.
create or replace function private.stamp_template_editor() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_by := coalesce((select auth.uid()), old.updated_by);
  return new;
end;
$$;
--> statement-breakpoint
create trigger stamp_template_editor
  before update on public.email_templates
  for each row execute function private.stamp_template_editor();
--> statement-breakpoint
revoke execute on function private.stamp_template_editor() from public;
