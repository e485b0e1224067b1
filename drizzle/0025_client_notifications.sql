CREATE TYPE "public"."client_notification_kind" AS ENUM('request_decided', 'project_update', 'beta_build', 'beta_grant');--> statement-breakpoint
CREATE TABLE "client_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"kind" "client_notification_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"subject_id" uuid NOT NULL,
	"event_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_notifications_event_key_unique" UNIQUE("event_key"),
	CONSTRAINT "client_notifications_title_length" CHECK (char_length("client_notifications"."title") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "client_notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "client_notifications" ADD CONSTRAINT "client_notifications_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_notifications_profile_id_idx" ON "client_notifications" USING btree ("profile_id");--> statement-breakpoint
CREATE POLICY "people read their own notifications" ON "client_notifications" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("client_notifications"."profile_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "people mark their own notifications read" ON "client_notifications" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("client_notifications"."profile_id" = (select auth.uid())) WITH CHECK ("client_notifications"."profile_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "service role manages client_notifications" ON "client_notifications" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
-- The bell's rows come from triggers only: one per event and person, keyed so a trigger firing
-- again for the same event (a visibility flipped back and forth, a re-run) adds nothing.
-- security definer: the change is made by staff (or the system), the row belongs to a client.
create or replace function private.add_client_notification(
  recipient uuid, kind public.client_notification_kind, title text, body text, subject uuid, key text
) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.client_notifications (profile_id, kind, title, body, subject_id, event_key)
  values (recipient, kind, left(title, 200), body, subject, key)
  on conflict (event_key) do nothing;
end;
$$;
--> statement-breakpoint
-- approved / rejected → the applicant (confirmation is their own doing, not news to them).
create or replace function private.notify_client_of_request() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.status = 'approved' then
    perform private.add_client_notification(
      new.profile_id, 'request_decided', 'Your request was approved',
      format('%s can now follow its projects here.', new.company_name),
      new.id, format('request_decided:%s', new.id)
    );
  elsif new.status = 'rejected' then
    perform private.add_client_notification(
      new.profile_id, 'request_decided', 'Your request was not approved',
      coalesce(nullif(btrim(new.rejection_reason), ''), 'No reason was given.'),
      new.id, format('request_decided:%s', new.id)
    );
  end if;
  return null;
end;
$$;
--> statement-breakpoint
create trigger notify_client_of_request
  after update of status on public.signup_requests
  for each row when (old.status is distinct from new.status)
  execute function private.notify_client_of_request();
--> statement-breakpoint
-- An update the client may see → every client of the project's company, as the email does.
create or replace function private.notify_clients_of_project_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  project record;
  client record;
begin
  if new.visibility <> 'client' then
    return null;
  end if;
  select pj.id, pj.name, pj.company_id into project from public.projects pj where pj.id = new.project_id;
  for client in
    select p.id from public.profiles p where p.company_id = project.company_id and p.role = 'client'
  loop
    perform private.add_client_notification(
      client.id, 'project_update', new.title, format('New update on %s', project.name),
      project.id, format('project_update:%s:%s', new.id, client.id)
    );
  end loop;
  return null;
end;
$$;
--> statement-breakpoint
create trigger notify_clients_of_project_update
  after insert or update of visibility on public.project_updates
  for each row execute function private.notify_clients_of_project_update();
--> statement-breakpoint
-- The clients who hold a live grant for a product: their own, or their company's.
create or replace function private.beta_grantees(product uuid) returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct p.id
  from public.beta_access a
  join public.profiles p
    on p.id = a.profile_id or (a.company_id is not null and p.company_id = a.company_id and p.role = 'client')
  where a.product_id = product
    and a.revoked_at is null and (a.expires_at is null or a.expires_at > now());
$$;
--> statement-breakpoint
-- A build becomes visible (published, not in the future) → every grantee of its product, once.
create or replace function private.notify_grantees_of_build() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  product_name text;
  grantee uuid;
begin
  if new.published_at is null or new.published_at > now()
    or (tg_op = 'UPDATE' and old.published_at is not null and old.published_at <= now()) then
    return null;
  end if;
  select pr.name into product_name from public.products pr where pr.id = new.product_id;
  for grantee in select private.beta_grantees(new.product_id) loop
    perform private.add_client_notification(
      grantee, 'beta_build', format('%s %s is available', product_name, new.version),
      new.release_notes, new.product_id, format('beta_build:%s:%s', new.id, grantee)
    );
  end loop;
  return null;
end;
$$;
--> statement-breakpoint
create trigger notify_grantees_of_build
  after insert or update of published_at on public.beta_builds
  for each row execute function private.notify_grantees_of_build();
--> statement-breakpoint
-- A live grant → the person, or every client of the company.
create or replace function private.notify_client_of_grant() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  product_name text;
  grantee record;
begin
  if new.revoked_at is not null or (new.expires_at is not null and new.expires_at <= now()) then
    return null;
  end if;
  select pr.name into product_name from public.products pr where pr.id = new.product_id;
  for grantee in
    select p.id from public.profiles p
    where p.id = new.profile_id
      or (new.company_id is not null and p.company_id = new.company_id and p.role = 'client')
  loop
    perform private.add_client_notification(
      grantee.id, 'beta_grant', format('You can now try %s', product_name),
      'Its beta builds are on your Beta page.', new.product_id,
      format('beta_grant:%s:%s', new.id, grantee.id)
    );
  end loop;
  return null;
end;
$$;
--> statement-breakpoint
create trigger notify_client_of_grant
  after insert on public.beta_access
  for each row execute function private.notify_client_of_grant();
--> statement-breakpoint
-- RLS lets a person update their own rows; marking read is the only change they may make.
create or replace function private.guard_client_notification() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if current_user = 'authenticated'
    and (to_jsonb(new) - 'read_at') is distinct from (to_jsonb(old) - 'read_at') then
    raise exception using errcode = '42501', message = 'Only read_at of a notification can change';
  end if;
  return new;
end;
$$;
--> statement-breakpoint
create trigger guard_client_notification
  before update on public.client_notifications
  for each row execute function private.guard_client_notification();
--> statement-breakpoint
revoke execute on function
  private.add_client_notification(uuid, public.client_notification_kind, text, text, uuid, text),
  private.notify_client_of_request(), private.notify_clients_of_project_update(),
  private.beta_grantees(uuid), private.notify_grantees_of_build(), private.notify_client_of_grant(),
  private.guard_client_notification()
  from public;
--> statement-breakpoint
grant select, update on table public.client_notifications to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.client_notifications to service_role;
--> statement-breakpoint
-- The portal's bell hears new rows live; RLS (checked by Realtime) sends each only to its owner.
alter publication supabase_realtime add table public.client_notifications;
--> statement-breakpoint
alter table public.client_notifications replica identity full;
