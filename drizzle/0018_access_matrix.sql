-- The access matrix: for admins only, what the database itself says about every table the API
-- exposes (each table in `public`, and `storage.objects`, which Storage reads as the caller): RLS
-- enabled/forced, each API role's grants, its pg_policies rows, and flags for an exposed table
-- without RLS or a policy that is always true for anon or authenticated.
--
-- Security invoker, not definer: every catalogue it reads (pg_class, pg_policies,
-- has_*_privilege about another role) is readable by any role, so it needs no rights of its own,
-- and the advisors test allows no definer function reachable by API roles beyond the RPC
-- backends (db/README.md). The admin check below is what keeps the matrix from non-admins; anon
-- may not even execute it.
create or replace function public.access_matrix()
returns table (
  table_schema text,
  table_name text,
  rls_enabled boolean,
  rls_forced boolean,
  grants jsonb,
  policies jsonb,
  flags jsonb
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
           c.relrowsecurity as is_rls_on, c.relforcerowsecurity as is_rls_forced
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where (n.nspname = 'public' and c.relkind in ('r', 'p'))
       or (n.nspname = 'storage' and c.relname = 'objects' and c.relkind = 'r')
  ),
  -- 'table' when the role holds the privilege on the whole table, 'columns' when only on some
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
    )) as grants
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
         (case when e.is_rls_on then '[]'::jsonb
               else jsonb_build_array(jsonb_build_object('kind', 'rls_disabled')) end)
           || coalesce(tp.always_true, '[]'::jsonb)
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
