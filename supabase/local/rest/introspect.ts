// Reads the catalogue into a SchemaCache: one round of queries, all values bound, run by the
// login role so it sees exactly what the API may reach.
import type postgres from "postgres";
import type { Column, ForeignKey, RoutineInfo, SchemaCache, Table } from "./catalogue";
import { qualified } from "./catalogue";
import { viewForeignKeys } from "./view-relationships";

interface ColumnRow {
  relid: number;
  name: string;
  type: string;
  nullable: boolean;
  has_default: boolean;
  generated: boolean;
}

function toColumn(row: ColumnRow): Column {
  return {
    name: row.name,
    type: row.type,
    nullable: row.nullable,
    hasDefault: row.has_default,
    generated: row.generated,
  };
}

/**
 * Introspects the exposed schemas.
 * @example const cache = await introspect(sql, ["public"]);
 */
export async function introspect(sql: postgres.Sql, schemas: string[]): Promise<SchemaCache> {
  const [relations, columns, keys, foreignKeys, routines, types, roles, zones, everyRole] =
    await Promise.all([
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
      sql<
        {
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
        }[]
      >`
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

  const columnsByRel = new Map<number, Column[]>();
  for (const row of columns) {
    const list = columnsByRel.get(row.relid) ?? [];
    list.push(toColumn(row));
    columnsByRel.set(row.relid, list);
  }
  const tables = new Map<string, Table>();
  const tableByOid = new Map<number, Table>();
  for (const rel of relations) {
    const table: Table = {
      schema: rel.schema,
      name: rel.name,
      kind: rel.kind === "r" || rel.kind === "p" ? "table" : "view",
      columns: new Map((columnsByRel.get(rel.oid) ?? []).map((column) => [column.name, column])),
      primaryKey: [],
      uniqueKeys: [],
      computed: new Map(),
      computedRelations: new Map(),
    };
    tables.set(qualified(rel.schema, rel.name), table);
    tableByOid.set(rel.oid, table);
  }
  for (const key of keys) {
    const table = tableByOid.get(key.relid);
    if (table) {
      if (key.kind === "p") {
        table.primaryKey = key.columns;
      }
      table.uniqueKeys.push(key.columns);
    }
  }

  const routineMap = new Map<string, RoutineInfo[]>();
  for (const row of routines) {
    const modes = row.arg_modes ?? row.arg_types.map(() => "i");
    const args: RoutineInfo["args"] = [];
    const outputs: Column[] = [];
    const firstDefault = row.nargs - row.ndefaults;
    let inputIndex = 0;
    row.arg_types.forEach((type, index) => {
      const name = row.arg_names?.[index] ?? "";
      const mode = modes[index] ?? "i";
      if (mode === "i" || mode === "b" || mode === "v") {
        args.push({ name, type, hasDefault: inputIndex >= firstDefault, variadic: mode === "v" });
        inputIndex += 1;
      }
      if (mode === "o" || mode === "b" || mode === "t") {
        outputs.push({ name, type, nullable: true, hasDefault: false, generated: false });
      }
    });
    const returnColumns =
      outputs.length > 0
        ? outputs
        : row.return_relid
          ? (columnsByRel.get(row.return_relid) ?? null)
          : null;
    const routine: RoutineInfo = {
      schema: row.schema,
      name: row.name,
      args,
      volatility: row.volatility,
      returnsSet: row.returns_set,
      returnType: row.return_type,
      returnColumns,
      returnTable:
        row.return_table && row.return_table_schema
          ? qualified(row.return_table_schema, row.return_table)
          : null,
      returnsVoid: row.returns_void,
    };
    const key = qualified(row.schema, row.name);
    routineMap.set(key, [...(routineMap.get(key) ?? []), routine]);
    // PostgREST's computed fields: f(t) returning one value reads like a column of t.
    const owner = tableByOid.get(row.first_arg_relid);
    if (owner && args.length === 1 && routine.returnTable && outputs.length === 0) {
      // PostgREST's computed relationships: f(t) returning rows of a table embeds like a key.
      owner.computedRelations.set(row.name, {
        schema: row.schema,
        name: row.name,
        target: routine.returnTable,
        toOne: !row.returns_set || row.rows === 1,
      });
    }
    if (
      owner &&
      args.length === 1 &&
      !row.returns_set &&
      !row.returns_void &&
      outputs.length === 0
    ) {
      owner.computed.set(row.name, { schema: row.schema, name: row.name });
    }
  }

  const typeMap = new Map<string, string>();
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const type of types) {
    const key = type.name.toLowerCase();
    if (!typeMap.has(key) || type.schema === "pg_catalog") {
      typeMap.set(key, `${quote(type.schema)}.${quote(type.name)}`);
    }
  }
  // SQL's spellings of built-in types, which are not pg_type names.
  const aliases: Record<string, string> = {
    int: "int4",
    integer: "int4",
    smallint: "int2",
    bigint: "int8",
    real: "float4",
    float: "float8",
    "double precision": "float8",
    boolean: "bool",
    decimal: "numeric",
    varchar: "varchar",
    "character varying": "varchar",
    char: "bpchar",
    character: "bpchar",
    timestamptz: "timestamptz",
    timetz: "timetz",
  };
  for (const [alias, target] of Object.entries(aliases)) {
    const resolved = typeMap.get(target);
    if (resolved) {
      typeMap.set(alias, resolved);
    }
  }

  const roleMap = new Map<string, [string, string][]>();
  for (const role of roles) {
    const settings: [string, string][] = [];
    for (const setting of role.settings ?? []) {
      const at = setting.indexOf("=");
      if (at > 0) {
        settings.push([setting.slice(0, at), setting.slice(at + 1)]);
      }
    }
    roleMap.set(role.name, settings);
  }

  const fks: ForeignKey[] = foreignKeys.map((fk) => ({
    name: fk.name,
    schema: fk.schema,
    table: fk.table,
    columns: fk.columns,
    refSchema: fk.ref_schema,
    refTable: fk.ref_table,
    refColumns: fk.ref_columns,
  }));
  // Keys between tables outside the exposed schemas still matter to views over those tables.
  const derived = await viewForeignKeys(sql, schemas, fks);
  const exposed = (schema: string) => schemas.includes(schema);
  const usable = [...fks, ...derived].filter((fk) => exposed(fk.schema) && exposed(fk.refSchema));
  return {
    tables,
    foreignKeys: usable,
    routines: routineMap,
    types: typeMap,
    roles: roleMap,
    timezones: new Set(zones.map((zone) => zone.name)),
    allRoles: new Set(everyRole.map((role) => role.name)),
  };
}
