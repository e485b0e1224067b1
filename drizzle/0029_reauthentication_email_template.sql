-- The code Auth mails for reauthentication (supabase-js `reauthenticate()`): the user types it as
-- the nonce of a password change. A code only, no link: there is nothing to open.
-- Reference data, in English and French: re-running never overwrites an admin's edit.
insert into public.email_templates (key, locale, subject, html, text) values
  ('auth.reauthentication', 'en', $tpl$Your Atrium confirmation code$tpl$,
   $tpl$<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Hello,</p><p style="margin:0 0 12px">To confirm a change to the Atrium account <strong>{{ email }}</strong>, such as a new password, enter this code:</p><p style="margin:0 0 16px;font-size:24px;letter-spacing:4px;font-weight:bold;font-family:Consolas,Menlo,monospace">{{ token }}</p><p style="margin:0 0 12px">The code works once. If you did not ask for it, ignore this email and consider changing your password.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Hello,

To confirm a change to the Atrium account {{ email }}, such as a new password, enter this code: {{ token }}

The code works once. If you did not ask for it, ignore this email and consider changing your password.$tpl$),
  ('auth.reauthentication', 'fr', $tpl$Votre code de confirmation Atrium$tpl$,
   $tpl$<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0"><tr><td align="center"><table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px"><tr><td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1d39c4">Atrium</td></tr><tr><td style="padding:16px 32px 32px;font-size:15px;line-height:1.6"><p style="margin:0 0 12px">Bonjour,</p><p style="margin:0 0 12px">Pour confirmer une modification du compte Atrium <strong>{{ email }}</strong>, par exemple un nouveau mot de passe, saisissez ce code :</p><p style="margin:0 0 16px;font-size:24px;letter-spacing:4px;font-weight:bold;font-family:Consolas,Menlo,monospace">{{ token }}</p><p style="margin:0 0 12px">Le code ne sert qu’une fois. Si vous ne l’avez pas demandé, ignorez cet e-mail et pensez à changer votre mot de passe.</p></td></tr></table></td></tr></table></body></html>$tpl$,
   $tpl$Bonjour,

Pour confirmer une modification du compte Atrium {{ email }}, par exemple un nouveau mot de passe, saisissez ce code : {{ token }}

Le code ne sert qu’une fois. Si vous ne l’avez pas demandé, ignorez cet e-mail et pensez à changer votre mot de passe.$tpl$)
on conflict (key, locale) do nothing;
