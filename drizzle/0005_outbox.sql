-- The email outbox's database side: who gets which email when, exactly once (the unique
-- idempotency key, not application memory, prevents doubles), and the claim / complete / fail
-- steps the process-outbox edge function calls through RPC as the service role.

-- One queued email to a profile, in their language; bounced addresses are skipped.
create or replace function private.enqueue_email(
  recipient uuid, template text, payload jsonb, key text
) returns boolean
language plpgsql security definer set search_path = ''
as $$
declare
  person record;
  inserted int;
begin
  select p.id, p.email, p.full_name, p.locale, p.email_bounced_at into person
  from public.profiles p where p.id = recipient;
  if not found or person.email = '' or person.email_bounced_at is not null then
    return false;
  end if;
  insert into public.notifications
    (recipient_email, recipient_profile_id, template_key, locale, data, idempotency_key)
  values (
    person.email, person.id, template, person.locale,
    jsonb_build_object('recipient_name', coalesce(person.full_name, person.email)) || payload,
    key
  )
  on conflict (idempotency_key) do nothing;
  get diagnostics inserted = row_count;
  return inserted > 0;
end;
$$;
--> statement-breakpoint
-- The same email to every staff member (team and admin), one key each; returns how many were new.
create or replace function private.enqueue_email_to_staff(
  template text, payload jsonb, key_prefix text
) returns integer
language plpgsql security definer set search_path = ''
as $$
declare
  made integer := 0;
  staff record;
begin
  for staff in select p.id from public.profiles p where p.role in ('team', 'admin') loop
    if private.enqueue_email(staff.id, template, payload, format('%s:%s', key_prefix, staff.id)) then
      made := made + 1;
    end if;
  end loop;
  return made;
end;
$$;
--> statement-breakpoint
-- Wakes the local outbox worker (LISTEN atrium_outbox); once per statement, not per row.
create or replace function private.notify_outbox() returns trigger
language plpgsql set search_path = ''
as $$
begin
  perform pg_notify('atrium_outbox', '');
  return null;
end;
$$;
--> statement-breakpoint
create trigger notify_outbox
  after insert on public.notifications
  for each statement execute function private.notify_outbox();
--> statement-breakpoint
-- confirmed → every staff member is told to review; approved / rejected → the applicant.
create or replace function private.email_on_request_status() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.status = 'confirmed' then
    perform private.enqueue_email_to_staff(
      'request.confirmed',
      jsonb_build_object(
        'request_id', new.id, 'applicant_name', new.full_name,
        'applicant_email', new.email, 'company_name', new.company_name
      ),
      format('request.confirmed:%s', new.id)
    );
  elsif new.status = 'approved' then
    perform private.enqueue_email(
      new.profile_id, 'request.approved',
      jsonb_build_object('request_id', new.id, 'company_name', new.company_name),
      format('request.approved:%s', new.id)
    );
  elsif new.status = 'rejected' then
    perform private.enqueue_email(
      new.profile_id, 'request.rejected',
      jsonb_build_object(
        'request_id', new.id,
        'reason', coalesce(nullif(btrim(new.rejection_reason), ''), 'No reason was given.')
      ),
      format('request.rejected:%s', new.id)
    );
  end if;
  return null;
end;
$$;
--> statement-breakpoint
create trigger email_on_request_status
  after update of status on public.signup_requests
  for each row when (old.status is distinct from new.status)
  execute function private.email_on_request_status();
--> statement-breakpoint
-- A live grant mails the person, or every client of the company.
create or replace function private.email_on_beta_grant() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  product record;
  grantee record;
begin
  if new.revoked_at is not null or (new.expires_at is not null and new.expires_at <= now()) then
    return null;
  end if;
  select pr.name, pr.slug into product from public.products pr where pr.id = new.product_id;
  for grantee in
    select p.id from public.profiles p
    where p.id = new.profile_id or (new.company_id is not null and p.company_id = new.company_id and p.role = 'client')
  loop
    perform private.enqueue_email(
      grantee.id, 'beta.granted',
      jsonb_build_object('product_name', product.name, 'product_slug', product.slug),
      format('beta.granted:%s:%s', new.id, grantee.id)
    );
  end loop;
  return null;
end;
$$;
--> statement-breakpoint
create trigger email_on_beta_grant
  after insert on public.beta_access
  for each row execute function private.email_on_beta_grant();
--> statement-breakpoint
-- An update the client may see mails every client of the project's company, once.
create or replace function private.email_on_project_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  project record;
  client record;
begin
  if new.visibility <> 'client' or (tg_op = 'UPDATE' and old.visibility = 'client') then
    return null;
  end if;
  select pj.id, pj.name, pj.company_id into project from public.projects pj where pj.id = new.project_id;
  for client in
    select p.id from public.profiles p where p.company_id = project.company_id and p.role = 'client'
  loop
    perform private.enqueue_email(
      client.id, 'project.update',
      jsonb_build_object(
        'project_id', project.id, 'project_name', project.name,
        'update_title', new.title, 'update_body', new.body
      ),
      format('project.update:%s:%s', new.id, client.id)
    );
  end loop;
  return null;
end;
$$;
--> statement-breakpoint
create trigger email_on_project_update
  after insert or update of visibility on public.project_updates
  for each row execute function private.email_on_project_update();
--> statement-breakpoint
-- Unconfirmed for 24 h → one reminder to the applicant; confirmed but unreviewed for 48 h → one
-- reminder to each staff member. The keys make every reminder happen once, however often this runs.
create or replace function public.enqueue_reminders() returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  request record;
  made integer := 0;
begin
  for request in
    select r.id, r.profile_id from public.signup_requests r
    where r.status = 'pending' and r.submitted_at < now() - interval '24 hours'
  loop
    if private.enqueue_email(
      request.profile_id, 'request.reminder', jsonb_build_object('request_id', request.id),
      format('request.reminder:%s', request.id)
    ) then
      made := made + 1;
    end if;
  end loop;
  for request in
    select r.id, r.full_name, r.company_name,
           floor(extract(epoch from now() - coalesce(r.confirmed_at, r.submitted_at)) / 3600)::int as hours
    from public.signup_requests r
    where r.status = 'confirmed' and coalesce(r.confirmed_at, r.submitted_at) < now() - interval '48 hours'
  loop
    made := made + private.enqueue_email_to_staff(
      'request.review_reminder',
      jsonb_build_object(
        'request_id', request.id, 'applicant_name', request.full_name,
        'company_name', request.company_name, 'waiting_hours', request.hours
      ),
      format('request.review_reminder:%s', request.id)
    );
  end loop;
  return made;
end;
$$;
--> statement-breakpoint
-- Claims due rows for one worker. A row left in `sending` past its lease (its worker died) is
-- due again; sending it twice is harmless because Resend deduplicates on the idempotency key.
create or replace function public.claim_notifications(
  max_rows integer default 10, lease_seconds integer default 120, max_attempts integer default 8
) returns setof public.notifications
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if max_rows not between 1 and 500 then
    raise exception using errcode = '22023', message = 'max_rows must be between 1 and 500';
  end if;
  if lease_seconds not between 5 and 3600 then
    raise exception using errcode = '22023', message = 'lease_seconds must be between 5 and 3600';
  end if;
  update public.notifications n
  set status = 'failed',
      last_error = coalesce(n.last_error || ' ', '') || format('(gave up after %s attempts)', n.attempts)
  where n.status = 'sending' and n.next_attempt_at <= now() and n.attempts >= max_attempts;
  return query
  with due as (
    select n.id from public.notifications n
    where n.status in ('queued', 'sending') and n.next_attempt_at <= now()
    order by n.next_attempt_at
    limit max_rows
    for update skip locked
  )
  update public.notifications n
  set status = 'sending',
      attempts = n.attempts + 1,
      next_attempt_at = now() + make_interval(secs => lease_seconds)
  from due
  where n.id = due.id
  returning n.*;
end;
$$;
--> statement-breakpoint
create or replace function public.complete_notification(notification_id uuid, message_id text)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  update public.notifications
  set status = 'sent', sent_at = now(), provider_message_id = message_id, last_error = null
  where id = notification_id and status = 'sending';
end;
$$;
--> statement-breakpoint
-- retry_at null: a permanent failure, kept with its error; otherwise queued again for retry_at.
create or replace function public.fail_notification(
  notification_id uuid, error text, retry_at timestamptz
) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  update public.notifications
  set status = case when retry_at is null then 'failed'::public.notification_status else 'queued' end,
      last_error = left(error, 2000),
      next_attempt_at = coalesce(retry_at, next_attempt_at)
  where id = notification_id and status = 'sending';
end;
$$;
--> statement-breakpoint
-- Resend's delivery webhooks; a bounce flags the address on profiles and contacts so nothing
-- more is queued for it. Unknown message ids are ignored (webhooks may arrive for other apps).
create or replace function public.record_email_event(message_id text, event_type text)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  address text;
  outcome public.delivery_status;
begin
  outcome := case event_type
    when 'email.delivered' then 'delivered'
    when 'email.delivery_delayed' then 'delayed'
    when 'email.bounced' then 'bounced'
    when 'email.complained' then 'complained'
  end;
  if outcome is null then
    raise exception using errcode = '22023', message = format('Unknown email event %s', event_type);
  end if;
  update public.notifications
  set delivery_status = outcome, delivery_updated_at = now()
  where provider_message_id = message_id
  returning recipient_email into address;
  if address is not null and outcome = 'bounced' then
    update public.profiles set email_bounced_at = coalesce(email_bounced_at, now())
    where lower(email) = lower(address);
    update public.contacts set email_bounced_at = coalesce(email_bounced_at, now())
    where lower(email) = lower(address);
  end if;
end;
$$;
--> statement-breakpoint
revoke execute on function public.enqueue_reminders(), public.claim_notifications(integer, integer, integer),
  public.complete_notification(uuid, text), public.fail_notification(uuid, text, timestamptz),
  public.record_email_event(text, text)
  from public, anon, authenticated;
--> statement-breakpoint
grant execute on function public.enqueue_reminders(), public.claim_notifications(integer, integer, integer),
  public.complete_notification(uuid, text), public.fail_notification(uuid, text, timestamptz),
  public.record_email_event(text, text)
  to service_role;
--> statement-breakpoint
-- New functions get EXECUTE for PUBLIC; these are internal to triggers and the RPCs above.
revoke execute on function private.enqueue_email(uuid, text, jsonb, text),
  private.enqueue_email_to_staff(text, jsonb, text), private.notify_outbox(),
  private.email_on_request_status(), private.email_on_beta_grant(),
  private.email_on_project_update()
  from public;
