-- Invitations (issue 15), the database side of the invite-user edge function: grants, the
-- audit and updated_at triggers, the move to `accepted` when the person follows their link,
-- the checks the function runs as the caller, and the email it queues through the outbox.
grant select, insert, update on table public.invitations to authenticated;
--> statement-breakpoint
grant select, insert, update, delete on table public.invitations to service_role;
--> statement-breakpoint
create trigger set_updated_at before update on public.invitations
  for each row execute function private.set_updated_at();
--> statement-breakpoint
-- The function writes invitations as the admin, so the audit row names them.
create trigger record_audit after insert or update or delete on public.invitations
  for each row execute function private.record_audit();
--> statement-breakpoint
-- Following the invite link confirms the email (Auth's verify, type invite): the invitation is
-- then accepted. Auth writes this, not the API, so nobody can mark an invitation accepted.
create or replace function private.accept_invitation() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.invitations
  set status = 'accepted', accepted_at = new.email_confirmed_at
  where user_id = new.id and status = 'pending';
  return new;
end;
$$;
--> statement-breakpoint
revoke execute on function private.accept_invitation() from public;
--> statement-breakpoint
create trigger on_auth_user_invitation_accepted
  after update of email_confirmed_at on auth.users
  for each row when (old.email_confirmed_at is null and new.email_confirmed_at is not null)
  execute function private.accept_invitation();
--> statement-breakpoint
-- Why the caller may not act as an admin: not one (or not signed in), or their session lacks its
-- second factor; null when they may. Invoker, like the role helpers it calls.
create or replace function private.admin_refusal() returns text
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if (select auth.uid()) is null or not (select private.is_admin()) then
    return 'not_admin';
  end if;
  if coalesce((select auth.jwt()) ->> 'aal', '') <> 'aal2' then
    return 'aal2_required';
  end if;
  return null;
end;
$$;
--> statement-breakpoint
revoke execute on function private.admin_refusal() from public, anon;
--> statement-breakpoint
grant execute on function private.admin_refusal() to authenticated, service_role;
--> statement-breakpoint
-- Why the caller may not invite this person, or null when they may. Runs as the caller (security
-- invoker): the answer rests on their verified JWT and on RLS, as check_mfa_reset's does. A
-- non-admin learns nothing about the address or the company: that check comes first.
create or replace function public.check_invitation(
  invite_email text, invite_role public.app_role, invite_company_id uuid
) returns text
language plpgsql stable security invoker set search_path = ''
as $$
declare
  refusal text;
begin
  refusal := private.admin_refusal();
  if refusal is not null then
    return refusal;
  end if;
  if invite_role = 'client' and invite_company_id is null then
    return 'company_required';
  end if;
  if invite_role <> 'client' and invite_company_id is not null then
    return 'company_not_for_staff';
  end if;
  if invite_company_id is not null
    and not exists (select 1 from public.companies c where c.id = invite_company_id) then
    return 'unknown_company';
  end if;
  if exists (
    select 1 from public.invitations i
    where lower(i.email) = lower(invite_email) and i.status = 'pending'
  ) then
    return 'already_invited';
  end if;
  if exists (select 1 from public.profiles p where lower(p.email) = lower(invite_email)) then
    return 'already_user';
  end if;
  return null;
end;
$$;
--> statement-breakpoint
revoke execute on function public.check_invitation(text, public.app_role, uuid) from public, anon;
--> statement-breakpoint
grant execute on function public.check_invitation(text, public.app_role, uuid) to authenticated, service_role;
--> statement-breakpoint
-- Why the caller may not re-send or revoke this invitation, or null when they may.
create or replace function public.check_invitation_change(invitation_id uuid) returns text
language plpgsql stable security invoker set search_path = ''
as $$
declare
  refusal text;
  current_status public.invitation_status;
begin
  refusal := private.admin_refusal();
  if refusal is not null then
    return refusal;
  end if;
  select i.status into current_status from public.invitations i where i.id = invitation_id;
  if current_status is null then
    return 'invitation_not_found';
  end if;
  if current_status <> 'pending' then
    return 'not_pending';
  end if;
  return null;
end;
$$;
--> statement-breakpoint
revoke execute on function public.check_invitation_change(uuid) from public, anon;
--> statement-breakpoint
grant execute on function public.check_invitation_change(uuid) to authenticated, service_role;
--> statement-breakpoint
-- Queues the invitation email for the link invite-user made, one per sending (the key carries
-- sent_count, so a re-send is a new email and a retried call is not). Only the service role may
-- call it: the function has verified the admin, and the link must never pass through a browser.
create or replace function public.queue_invitation_email(
  invitation_id uuid, confirm_url text, otp text
) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
declare
  invite record;
  inviter_name text;
  company_name text;
  recipient_locale text;
begin
  select i.id, i.user_id, i.role, i.company_id, i.invited_by, i.sent_count into invite
  from public.invitations i where i.id = invitation_id and i.status = 'pending';
  if not found or invite.user_id is null then
    raise exception using errcode = '22023', message = format('No pending invitation %s', invitation_id);
  end if;
  select coalesce(p.full_name, p.email) into inviter_name from public.profiles p where p.id = invite.invited_by;
  select c.name into company_name from public.companies c where c.id = invite.company_id;
  select p.locale into recipient_locale from public.profiles p where p.id = invite.user_id;
  return private.enqueue_email(
    invite.user_id, 'people.invite',
    jsonb_build_object(
      'inviter_name', coalesce(inviter_name, 'Atrium'),
      'access', case
        when invite.role = 'client' and recipient_locale = 'fr' then format('pour suivre les projets de %s', company_name)
        when invite.role = 'client' then format('to follow the projects of %s', company_name)
        when invite.role = 'admin' and recipient_locale = 'fr' then 'comme administrateur'
        when invite.role = 'admin' then 'as an admin'
        when recipient_locale = 'fr' then 'dans l’équipe'
        else 'to join the team'
      end,
      'confirm_url', confirm_url,
      'token', otp
    ),
    format('people.invite:%s:%s', invite.id, invite.sent_count)
  );
end;
$$;
--> statement-breakpoint
revoke execute on function public.queue_invitation_email(uuid, text, text) from public, anon, authenticated;
--> statement-breakpoint
grant execute on function public.queue_invitation_email(uuid, text, text) to service_role;
--> statement-breakpoint
-- The email, in English and French. Reference data: re-running never overwrites an admin's edit.
insert into public.email_templates (key, locale, subject, html, text) values
  ('people.invite', 'en', $tpl${{ inviter_name }} invited you to Atrium$tpl$,
   $tpl$<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Hello {{ recipient_name }},</p><p style="margin:0 0 12px">{{ inviter_name }} invited you to Atrium {{ access }}. Accept the invitation to choose your password:</p><p style="margin:24px 0"><a href="{{ confirm_url }}" style="display:inline-block;background:#2f54eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">Accept the invitation</a></p><p style="margin:16px 0;color:#52606d">Or enter this code:</p><p style="margin:0 0 16px;font-size:24px;letter-spacing:4px;font-weight:bold;font-family:Consolas,Menlo,monospace">{{ token }}</p><p style="margin:0 0 12px">If you did not expect this, ignore this email.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Hello {{ recipient_name }},

{{ inviter_name }} invited you to Atrium {{ access }}. Accept the invitation to choose your password:
{{ confirm_url }}

Or enter this code: {{ token }}

If you did not expect this, ignore this email.$tpl$),
  ('people.invite', 'fr', $tpl${{ inviter_name }} vous invite sur Atrium$tpl$,
   $tpl$<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Bonjour {{ recipient_name }},</p><p style="margin:0 0 12px">{{ inviter_name }} vous invite sur Atrium {{ access }}. Acceptez l’invitation pour choisir votre mot de passe :</p><p style="margin:24px 0"><a href="{{ confirm_url }}" style="display:inline-block;background:#2f54eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">Accepter l’invitation</a></p><p style="margin:16px 0;color:#52606d">Ou saisissez ce code :</p><p style="margin:0 0 16px;font-size:24px;letter-spacing:4px;font-weight:bold;font-family:Consolas,Menlo,monospace">{{ token }}</p><p style="margin:0 0 12px">Si vous ne vous y attendiez pas, ignorez cet e-mail.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Bonjour {{ recipient_name }},

{{ inviter_name }} vous invite sur Atrium {{ access }}. Acceptez l’invitation pour choisir votre mot de passe :
{{ confirm_url }}

Ou saisissez ce code : {{ token }}

Si vous ne vous y attendiez pas, ignorez cet e-mail.$tpl$)
on conflict (key, locale) do nothing;
