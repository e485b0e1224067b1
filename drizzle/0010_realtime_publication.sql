-- Custom SQL migration file, put your code below! --
-- Realtime streams the tables of publication supabase_realtime (hosted Supabase creates it
-- empty). The admin and the portal watch these four. REPLICA IDENTITY FULL puts whole old rows
-- in the log, so UPDATE events carry `old_record` and DELETE events can be filtered on any
-- column (Realtime still sends only the primary key of a deleted row to roles under RLS).
do $$
declare
  t text;
begin
  if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
  foreach t in array array['signup_requests', 'companies', 'projects', 'project_updates'] loop
    if not exists (
      select 1 from pg_publication_tables
      where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = t
    ) then
      execute format('alter publication supabase_realtime add table public.%I', t);
    end if;
    execute format('alter table public.%I replica identity full', t);
  end loop;
end
$$;
