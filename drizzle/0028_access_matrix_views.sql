-- The access matrix also shows the API's views and the public buckets (issue #15). A view has no
-- RLS of its own: one created `with (security_invoker = true)` reads its tables as the caller, so
-- their policies decide; any other view (and every materialized view) reads as its owner and
-- bypasses them, which is flagged as `view_as_owner` when an API role may read it (Supabase's
-- security_definer_view lint). Objects of a public bucket are served to anyone by URL
-- (/storage/v1/object/public/…) whatever storage.objects' policies say, so the storage.objects
-- row names those buckets. `relation_kind` is 'table', 'invoker_view' or 'owner_view'.
--
-- The result gains two columns, which `create or replace` cannot do: the function is dropped and
-- made again with the same guard and grants as 0018.
drop function public.access_matrix();
--> statement-breakpoint
-- storage.buckets has RLS and no policy for signed-in users (as on hosted Supabase), so the
-- invoker function asks this definer helper for the public bucket ids; they are public anyway.
create or replace function private.public_bucket_ids() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(b.id order by b.id), '[]'::jsonb) from storage.buckets b where b.public;
$$;
--> statement-breakpoint
revoke execute on function private.public_bucket_ids() from public;
--> statement-breakpoint
grant execute on function private.public_bucket_ids() to authenticated, service_role;
--> statement-breakpoint
create function public.access_matrix()
returns table (
  table_schema text,
  table_name text,
  rls_enabled boolean,
  rls_forced boolean,
  grants jsonb,
  policies jsonb,
  flags jsonb,
  relation_kind text,
  public_buckets jsonb
)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not coalesce((select private.is_admin()), false) then
    raise exception 'Only admins may read the access matrix'
      using errcode = '42501', hint = 'Sign in as an admin.';
  end if;
  return query
  with exposed as (
    select c.oid, n.nspname::text as schema_name, c.relname::text as rel_name,
           c.relrowsecurity as is_rls_on, c.relforcerowsecurity as is_rls_forced,
           case when c.relkind in ('v', 'm') then 'view' else 'table' end as kind,
           c.relkind = 'v' and coalesce('security_invoker=true' = any(c.reloptions), false)
             as is_invoker_view
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where (n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm'))
       or (n.nspname = 'storage' and c.relname = 'objects' and c.relkind = 'r')
  ),
  -- 'table' when the role holds the privilege on the whole relation, 'columns' when only on some
  -- columns (select, insert and update may be granted per column), null when not at all.
  role_grants as (
    select e.oid, jsonb_object_agg(r.role_name, jsonb_build_object(
      'select', case when has_table_privilege(r.role_name, e.oid, 'SELECT') then 'table'
                     when has_any_column_privilege(r.role_name, e.oid, 'SELECT') then 'columns' end,
      'insert', case when has_table_privilege(r.role_name, e.oid, 'INSERT') then 'table'
                     when has_any_column_privilege(r.role_name, e.oid, 'INSERT') then 'columns' end,
      'update', case when has_table_privilege(r.role_name, e.oid, 'UPDATE') then 'table'
                     when has_any_column_privilege(r.role_name, e.oid, 'UPDATE') then 'columns' end,
      'delete', case when has_table_privilege(r.role_name, e.oid, 'DELETE') then 'table' end
    )) as grants,
    bool_or(has_any_column_privilege(r.role_name, e.oid, 'SELECT')) as is_readable
    from exposed e
    cross join (values ('anon'), ('authenticated')) as r (role_name)
    group by e.oid
  ),
  table_policies as (
    select e.oid,
           jsonb_agg(jsonb_build_object(
             'name', p.policyname::text,
             'command', p.cmd,
             'roles', to_jsonb(p.roles::text[]),
             'permissive', p.permissive = 'PERMISSIVE',
             'using', p.qual,
             'with_check', p.with_check
           ) order by p.policyname) as policies,
           coalesce(jsonb_agg(jsonb_build_object(
             'kind', 'always_true',
             'policy', p.policyname::text,
             'command', p.cmd,
             'roles', to_jsonb(p.roles::text[])
           ) order by p.policyname) filter (
             where p.permissive = 'PERMISSIVE'
               and p.roles && array['anon', 'authenticated', 'public']::name[]
               and (p.qual ~* '^[( ]*true[) ]*$' or p.with_check ~* '^[( ]*true[) ]*$')
           ), '[]'::jsonb) as always_true
    from exposed e
    join pg_catalog.pg_policies p on p.schemaname = e.schema_name and p.tablename = e.rel_name
    group by e.oid
  )
  select e.schema_name, e.rel_name, e.is_rls_on, e.is_rls_forced,
         g.grants,
         coalesce(tp.policies, '[]'::jsonb),
         (case when e.kind = 'table' and not e.is_rls_on
                 then jsonb_build_array(jsonb_build_object('kind', 'rls_disabled'))
               when e.kind = 'view' and not e.is_invoker_view and g.is_readable
                 then jsonb_build_array(jsonb_build_object('kind', 'view_as_owner'))
               else '[]'::jsonb end)
           || coalesce(tp.always_true, '[]'::jsonb),
         case when e.kind = 'table' then 'table'
              when e.is_invoker_view then 'invoker_view' else 'owner_view' end,
         case when e.schema_name = 'storage' then private.public_bucket_ids() else '[]'::jsonb end
  from exposed e
  join role_grants g on g.oid = e.oid
  left join table_policies tp on tp.oid = e.oid
  order by e.schema_name, e.rel_name;
end;
$$;
--> statement-breakpoint
revoke execute on function public.access_matrix() from public, anon;
--> statement-breakpoint
grant execute on function public.access_matrix() to authenticated, service_role;
