// What the OpenAPI document needs beyond the schema cache, read per request for the caller's
// role: which tables and functions it may use (PostgREST's openapi-mode follow-privileges),
// and comments, defaults, enum labels and length limits for their descriptions.
import type postgres from "postgres";

export interface RelationDoc {
  name: string;
  description: string | null;
  /** Tables, and views Postgres can write through. */
  writable: boolean;
}

export interface ColumnDoc {
  description: string | null;
  default: string | null;
  enum: string[] | null;
  maxLength: number | null;
}

export interface OpenApiCatalogue {
  schemaDescription: string | null;
  relations: RelationDoc[];
  /** `table.column` → its documentation. */
  columns: Map<string, ColumnDoc>;
  /** Functions the role may execute, with their comments. */
  functions: Map<string, string | null>;
}

/**
 * Reads the role's view of one schema.
 * @example const docs = await readOpenApiCatalogue(sql, "anon", "public");
 */
export async function readOpenApiCatalogue(
  sql: postgres.Sql,
  role: string,
  schema: string,
): Promise<OpenApiCatalogue> {
  const [namespace, relations, columns, functions] = await Promise.all([
    sql<{ description: string | null }[]>`
      select obj_description(n.oid, 'pg_namespace') as description
      from pg_namespace n where n.nspname = ${schema}`,
    sql<{ name: string; description: string | null; writable: boolean }[]>`
      select c.relname as name, obj_description(c.oid, 'pg_class') as description,
        (c.relkind in ('r', 'p') or pg_relation_is_updatable(c.oid, true) > 0) as writable
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${schema} and c.relkind in ('r', 'p', 'v', 'm', 'f')
        and (has_table_privilege(${role}, c.oid, 'SELECT') or has_table_privilege(${role}, c.oid, 'INSERT')
          or has_table_privilege(${role}, c.oid, 'UPDATE') or has_table_privilege(${role}, c.oid, 'DELETE'))
      order by c.relname`,
    sql<
      {
        table: string;
        name: string;
        description: string | null;
        default: string | null;
        enum: string[] | null;
        max_length: number | null;
      }[]
    >`
      select c.relname as table, a.attname as name, col_description(c.oid, a.attnum) as description,
        pg_get_expr(d.adbin, d.adrelid) as default,
        case when t.typtype = 'e' then
          array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)
        end as enum,
        case when a.atttypid in (1042, 1043) and a.atttypmod > 0 then a.atttypmod - 4 end as max_length
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_type t on t.oid = a.atttypid
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = ${schema} and a.attnum > 0 and not a.attisdropped`,
    sql<{ name: string; description: string | null }[]>`
      select p.proname as name, obj_description(p.oid, 'pg_proc') as description
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = ${schema} and p.prokind = 'f' and has_function_privilege(${role}, p.oid, 'EXECUTE')`,
  ]);
  return {
    schemaDescription: namespace[0]?.description ?? null,
    relations,
    columns: new Map(
      columns.map((column) => [
        `${column.table}.${column.name}`,
        {
          description: column.description,
          default: column.default,
          enum: column.enum,
          maxLength: column.max_length,
        },
      ]),
    ),
    functions: new Map(functions.map((fn) => [fn.name, fn.description])),
  };
}
