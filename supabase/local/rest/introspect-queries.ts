// The catalogue queries behind the schema cache, run as one round in parallel with every value
// bound, by the login role so they see exactly what the API may reach. Rows come back as
// Postgres gives them; introspect.ts turns them into the SchemaCache.
import type postgres from "postgres";

export interface ColumnRow {
  relid: number;
  name: string;
  type: string;
  nullable: boolean;
  has_default: boolean;
  generated: boolean;
}

/** One function of an exposed schema, with what PostgREST needs to call, embed or compute it. */
export interface RoutineRow {
  schema: string;
  name: string;
  volatility: "i" | "s" | "v";
  returns_set: boolean;
  return_type: string;
  return_relid: number;
  return_table: string | null;
  return_table_schema: string | null;
  first_arg_relid: number;
  returns_void: boolean;
  rows: number;
  nargs: number;
  ndefaults: number;
  arg_names: string[] | null;
  arg_modes: string[] | null;
  arg_types: string[];
}

/**
 * Reads relations, columns, keys, foreign keys, functions, types, role settings, time zones and
 * roles at once.
 * @example const [relations, columns] = await readCatalogue(sql, ["public"]);
 */
export function readCatalogue(sql: postgres.Sql, schemas: string[]) {
  return Promise.all([
    sql<{ oid: number; schema: string; name: string; kind: string }[]>`
      select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relkind as kind
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname = any(${schemas})`,
    sql<ColumnRow[]>`
      select a.attrelid::int as relid, a.attname as name,
        format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as nullable,
        (a.atthasdef or a.attidentity <> '') as has_default, (a.attgenerated <> '') as generated
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      where a.attnum > 0 and not a.attisdropped
        and (n.nspname = any(${schemas}) and c.relkind in ('r', 'p', 'v', 'm', 'f', 'c'))
      order by a.attrelid, a.attnum`,
    sql<{ relid: number; kind: string; columns: string[] }[]>`
      select k.conrelid::int as relid, k.contype as kind,
        array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i)
              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns
      from pg_constraint k join pg_namespace n on n.oid = k.connamespace
      where k.contype in ('p', 'u') and n.nspname = any(${schemas})`,
    sql<
      {
        name: string;
        schema: string;
        table: string;
        columns: string[];
        ref_schema: string;
        ref_table: string;
        ref_columns: string[];
      }[]
    >`
      select k.conname as name, n.nspname as schema, c.relname as table,
        array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i)
              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns,
        rn.nspname as ref_schema, rc.relname as ref_table,
        array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i)
              join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as ref_columns
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_class rc on rc.oid = k.confrelid join pg_namespace rn on rn.oid = rc.relnamespace
      where k.contype = 'f'
      -- A stable order, so PGRST201 lists its candidates the same way on every start.
      order by n.nspname, c.relname, k.conname`,
    sql<RoutineRow[]>`
      select n.nspname as schema, p.proname as name, p.provolatile as volatility,
        p.proretset as returns_set, format_type(p.prorettype, null) as return_type,
        t.typrelid::int as return_relid,
        (select rc.relname from pg_class rc where rc.oid = t.typrelid and rc.relkind in ('r','p','v','m','f')) as return_table,
        (select rn.nspname from pg_class rc join pg_namespace rn on rn.oid = rc.relnamespace
         where rc.oid = t.typrelid) as return_table_schema,
        coalesce((select a.typrelid from pg_type a where a.oid = p.proargtypes[0]), 0)::int as first_arg_relid,
        p.prorettype = 'void'::regtype as returns_void, p.prorows::float8 as rows,
        p.pronargs::int as nargs, p.pronargdefaults::int as ndefaults,
        p.proargnames::text[] as arg_names, p.proargmodes::text[] as arg_modes,
        array(select format_type(x, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) x) as arg_types
      from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      join pg_type t on t.oid = p.prorettype
      where n.nspname = any(${schemas}) and p.prokind = 'f'`,
    sql<{ schema: string; name: string }[]>`
      select n.nspname as schema, t.typname as name
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where (n.nspname = any(${schemas}) or n.nspname in ('pg_catalog', 'extensions'))
        and t.typtype in ('b', 'e', 'd', 'r', 'c', 'm') and t.typname !~ '^_' and t.typname !~ '^pg_'`,
    sql<{ name: string; settings: string[] | null }[]>`
      select r.rolname as name,
        (select array_agg(c order by s.setdatabase, i) from pg_db_role_setting s, unnest(s.setconfig) with ordinality u(c, i)
         where s.setrole = r.oid
           and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))) as settings
      from pg_roles r where pg_has_role(current_user, r.oid, 'member')`,
    sql<{ name: string }[]>`select name from pg_timezone_names`,
    sql<{ name: string }[]>`select rolname as name from pg_roles`,
  ]);
}
