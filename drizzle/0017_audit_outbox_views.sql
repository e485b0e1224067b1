ALTER TABLE "notifications" ADD COLUMN "queued_by" uuid DEFAULT auth.uid();--> statement-breakpoint
CREATE INDEX "audit_logs_table_name_record_id_idx" ON "audit_logs" USING btree ("table_name","record_id","id");--> statement-breakpoint
-- The admin's audit log page and History cards: each audit row with its actor's name, and which
-- fields the change touched. security_invoker, so audit_logs' and profiles' RLS decide what a
-- caller sees (staff: everything; clients: nothing), never the view owner's rights.
create view public.audit_entries with (security_invoker = true) as
select
  a.id, a.table_name, a.record_id, a.action, a.actor_id, a.old_row, a.new_row, a.at,
  actor.full_name as actor_name,
  actor.email as actor_email,
  array(
    select k.key
    from (
      select jsonb_object_keys(coalesce(a.old_row, '{}'::jsonb)) as key
      union
      select jsonb_object_keys(coalesce(a.new_row, '{}'::jsonb))
    ) k
    where a.old_row -> k.key is distinct from a.new_row -> k.key
    order by k.key
  ) as changed_fields
from public.audit_logs a
left join public.profiles actor on actor.id = a.actor_id;
--> statement-breakpoint
-- The outbox as the admin reads it: each email with its recipient's and its sender's names, and
-- the record it is about (the request or project its data names; the company of that project or
-- of the recipient), so a record's History finds the emails sent about it.
create view public.outbox_emails with (security_invoker = true) as
select
  n.id, n.recipient_email, n.recipient_profile_id, n.template_key, n.locale, n.data, n.status,
  n.attempts, n.next_attempt_at, n.last_error, n.provider_message_id, n.idempotency_key,
  n.delivery_status, n.delivery_updated_at, n.created_at, n.sent_at, n.queued_by,
  recipient.full_name as recipient_name,
  sender.full_name as queued_by_name,
  n.data ->> 'request_id' as request_id,
  n.data ->> 'project_id' as project_id,
  coalesce(project.company_id, recipient.company_id) as company_id
from public.notifications n
left join public.profiles recipient on recipient.id = n.recipient_profile_id
left join public.profiles sender on sender.id = n.queued_by
left join public.projects project on project.id::text = n.data ->> 'project_id';
--> statement-breakpoint
-- Views get no privilege by default here, and on hosted Supabase may get too much: say it all.
revoke all on table public.audit_entries, public.outbox_emails from public, anon, authenticated, service_role;
--> statement-breakpoint
grant select on table public.audit_entries, public.outbox_emails to authenticated, service_role;
--> statement-breakpoint
-- A manual retry (failed → queued) lands in the audit log under the staff member who asked;
-- nothing else moves a failed row, and the outbox's own traffic stays out of the log.
create trigger record_audit_retry
  after update of status on public.notifications
  for each row when (old.status = 'failed' and new.status = 'queued')
  execute function private.record_audit();
--> statement-breakpoint
-- Staff only. Staff may not write the outbox (only the service role does), so this runs as its
-- owner; it lives in `private`, which the Data API does not expose, behind an invoker wrapper.
-- The attempts start again from zero: the retry gets the outbox's whole backoff once more.
create or replace function private.retry_notification(notification_id uuid)
returns public.notifications
language plpgsql volatile security definer set search_path = ''
as $$
declare
  retried public.notifications;
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception using errcode = '42501', message = 'Only staff may retry an email';
  end if;
  update public.notifications n
  set status = 'queued', attempts = 0, next_attempt_at = now()
  where n.id = notification_id and n.status = 'failed'
  returning n.* into retried;
  if not found then
    if exists (select 1 from public.notifications n where n.id = notification_id) then
      raise exception using errcode = 'P0001', message = 'Only a failed email can be retried';
    end if;
    raise exception using errcode = 'P0001', message = 'This email does not exist';
  end if;
  -- Wake the local outbox worker now rather than at its next interval.
  perform pg_notify('atrium_outbox', '');
  return retried;
end;
$$;
--> statement-breakpoint
create or replace function public.retry_notification(notification_id uuid)
returns public.notifications
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  return private.retry_notification(notification_id);
end;
$$;
--> statement-breakpoint
-- "Send test" on a template: that template, in that language, to the signed-in staff member's own
-- address, with the sample data the admin's preview shows, through the normal outbox.
create or replace function private.send_test_email(
  template_key text, template_locale text, sample jsonb
) returns public.notifications
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me record;
  queued public.notifications;
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception using errcode = '42501', message = 'Only staff may send a test email';
  end if;
  if sample is null or jsonb_typeof(sample) <> 'object' or length(sample::text) > 20000 then
    raise exception using errcode = '22023', message = 'The sample data must be a JSON object under 20 kB';
  end if;
  if not exists (
    select 1 from public.email_templates t
    where t.key = send_test_email.template_key and t.locale = template_locale
  ) then
    raise exception using errcode = 'P0001',
      message = format('There is no template %s in %s', template_key, template_locale);
  end if;
  select p.id, p.email, p.full_name into me from public.profiles p where p.id = (select auth.uid());
  insert into public.notifications
    (recipient_email, recipient_profile_id, template_key, locale, data, idempotency_key)
  values (
    me.email, me.id, send_test_email.template_key, template_locale,
    jsonb_build_object('recipient_name', coalesce(me.full_name, me.email)) || sample,
    format('test:%s:%s:%s', send_test_email.template_key, template_locale, gen_random_uuid())
  )
  returning * into queued;
  return queued;
end;
$$;
--> statement-breakpoint
create or replace function public.send_test_email(
  template_key text, template_locale text, sample jsonb
) returns public.notifications
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  return private.send_test_email(template_key, template_locale, sample);
end;
$$;
--> statement-breakpoint
revoke execute on function private.retry_notification(uuid), public.retry_notification(uuid),
  private.send_test_email(text, text, jsonb), public.send_test_email(text, text, jsonb)
  from public, anon, service_role;
--> statement-breakpoint
grant execute on function private.retry_notification(uuid), public.retry_notification(uuid),
  private.send_test_email(text, text, jsonb), public.send_test_email(text, text, jsonb)
  to authenticated;
