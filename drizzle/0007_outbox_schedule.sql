-- On hosted Supabase, pg_cron calls the process-outbox edge function every minute through pg_net.
-- Guarded: embedded Postgres has neither extension (locally `npm run dev` drives the outbox), so
-- there this migration does nothing. The URL and key are read from Supabase Vault when the job
-- runs, never stored in the migration (see README, "Email on hosted Supabase").
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron')
    and exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    create extension if not exists pg_net with schema extensions;
    perform cron.schedule(
      'atrium-process-outbox',
      '* * * * *',
      $job$
      select net.http_post(
        url := (select decrypted_secret from vault.decrypted_secrets where name = 'atrium_project_url')
          || '/functions/v1/process-outbox',
        headers := jsonb_build_object(
          'Content-Type', 'application/json',
          'Authorization', 'Bearer ' || (
            select decrypted_secret from vault.decrypted_secrets where name = 'atrium_service_role_key'
          )
        ),
        body := '{}'::jsonb,
        timeout_milliseconds := 10000
      );
      $job$
    );
  end if;
end
$$;
