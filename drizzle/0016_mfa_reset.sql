-- An admin resets another staff member's two-step sign-in (issue 16) through the reset-mfa edge
-- function: the function deletes the factors with Auth's admin API and asks the database, as the
-- caller, whether they may (check_mfa_reset), then records the reset as the service role
-- (record_mfa_reset): an audit_logs row naming the admin, and an email to the person.

-- The email, in English and French. Reference data: re-running never overwrites an admin's edit.
insert into public.email_templates (key, locale, subject, html, text) values
  ('mfa.reset', 'en', $tpl$Your two-step sign-in was reset$tpl$,
   $tpl$<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Hello {{ recipient_name }},</p><p style="margin:0 0 12px">{{ actor_name }} reset the two-step sign-in of your Atrium account: the authenticator apps you had set up no longer work for it.</p><p style="margin:0 0 12px">The next time you sign in with your password, set up an authenticator app again.</p><p style="margin:24px 0"><a href="{{ admin_url }}" style="display:inline-block;background:#2f54eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">Sign in to Atrium</a></p><p style="margin:0 0 12px">If you did not ask for this, tell {{ actor_name }} or another admin at once.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Hello {{ recipient_name }},

{{ actor_name }} reset the two-step sign-in of your Atrium account: the authenticator apps you had set up no longer work for it.

The next time you sign in with your password, set up an authenticator app again:
{{ admin_url }}

If you did not ask for this, tell {{ actor_name }} or another admin at once.$tpl$),
  ('mfa.reset', 'fr', $tpl$Votre connexion en deux étapes a été réinitialisée$tpl$,
   $tpl$<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Bonjour {{ recipient_name }},</p><p style="margin:0 0 12px">{{ actor_name }} a réinitialisé la connexion en deux étapes de votre compte Atrium : les applications d’authentification que vous aviez configurées ne fonctionnent plus pour ce compte.</p><p style="margin:0 0 12px">À votre prochaine connexion avec votre mot de passe, configurez de nouveau une application d’authentification.</p><p style="margin:24px 0"><a href="{{ admin_url }}" style="display:inline-block;background:#2f54eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">Se connecter à Atrium</a></p><p style="margin:0 0 12px">Si vous n’êtes pas à l’origine de cette demande, prévenez immédiatement {{ actor_name }} ou un autre administrateur.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Bonjour {{ recipient_name }},

{{ actor_name }} a réinitialisé la connexion en deux étapes de votre compte Atrium : les applications d’authentification que vous aviez configurées ne fonctionnent plus pour ce compte.

À votre prochaine connexion avec votre mot de passe, configurez de nouveau une application d’authentification :
{{ admin_url }}

Si vous n’êtes pas à l’origine de cette demande, prévenez immédiatement {{ actor_name }} ou un autre administrateur.$tpl$)
on conflict (key, locale) do nothing;
--> statement-breakpoint
-- Why the caller may not reset target_id's factors, or null when they may. Runs as the caller
-- (security invoker), so the answer rests on their verified JWT and on RLS: an admin whose
-- session is at aal2, resetting someone else who is staff. A non-admin learns nothing about the
-- target: that check comes first.
create or replace function public.check_mfa_reset(target_id uuid) returns text
language plpgsql stable security invoker set search_path = ''
as $$
declare
  target_role text;
begin
  if (select auth.uid()) is null or not (select private.is_admin()) then
    return 'not_admin';
  end if;
  if coalesce((select auth.jwt()) ->> 'aal', '') <> 'aal2' then
    return 'aal2_required';
  end if;
  if target_id = (select auth.uid()) then
    return 'cannot_reset_self';
  end if;
  select p.role::text into target_role from public.profiles p where p.id = target_id;
  if target_role is null then
    return 'user_not_found';
  end if;
  if target_role not in ('team', 'admin') then
    return 'not_staff';
  end if;
  return null;
end;
$$;
--> statement-breakpoint
revoke execute on function public.check_mfa_reset(uuid) from public, anon;
--> statement-breakpoint
grant execute on function public.check_mfa_reset(uuid) to authenticated, service_role;
--> statement-breakpoint
-- The record of a reset the function has done: audit_logs is append-only and written by
-- triggers, and auth.mfa_factors has none of ours (Supabase owns the auth schema), so this
-- writes the row itself, naming the admin (actor_id) and the removed factors (never a secret),
-- and queues the email. Only the service role may call it: the function has verified the admin.
create or replace function public.record_mfa_reset(
  actor_id uuid, target_id uuid, removed_factors jsonb
) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  entry_id bigint;
  actor_name text;
begin
  if jsonb_typeof(removed_factors) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'removed_factors must be a JSON array';
  end if;
  select coalesce(p.full_name, p.email) into actor_name from public.profiles p where p.id = actor_id;
  if actor_name is null then
    raise exception using errcode = '22023', message = format('No profile %s', actor_id);
  end if;
  insert into public.audit_logs (table_name, record_id, action, actor_id, old_row, new_row)
  values (
    'auth.mfa_factors', target_id::text, 'delete', actor_id,
    jsonb_build_object('user_id', target_id, 'factors', removed_factors), null
  )
  returning id into entry_id;
  perform private.enqueue_email(
    target_id, 'mfa.reset', jsonb_build_object('actor_name', actor_name),
    format('mfa.reset:%s', entry_id)
  );
  return entry_id;
end;
$$;
--> statement-breakpoint
revoke execute on function public.record_mfa_reset(uuid, uuid, jsonb) from public, anon, authenticated;
--> statement-breakpoint
grant execute on function public.record_mfa_reset(uuid, uuid, jsonb) to service_role;
