// What Realtime needs to know about tables, read from the Postgres catalogue: published tables,
// their columns (with the type names realtime-js casts by), primary keys and RLS, plus which
// roles the login may switch to and which columns a role may read.
import type postgres from "postgres";
import { PUBLICATION } from "./changes";

export interface ColumnInfo {
  name: string;
  /** `pg_type.typname`, as Realtime sends it in `columns` (int4, text, timestamptz, _text …). */
  type: string;
  /** `format_type(…)`: safe SQL spelling of the type, for casting bind parameters. */
  sqlType: string;
  isKey: boolean;
}

export interface TableInfo {
  oid: number;
  schema: string;
  table: string;
  rls: boolean;
  published: boolean;
  columns: ColumnInfo[];
}

/**
 * Quotes an identifier that came from the catalogue (never from a request).
 * @example ident('my "t"') // "my ""t"""
 */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

type TableRow = Omit<TableInfo, "columns"> & { columns: ColumnInfo[] | null };

/** One query per call: tables of a schema (all, or the one named) with their columns. */
async function queryTables(
  sql: postgres.Sql,
  where: { schema: string; table: string | null } | { oid: number },
): Promise<TableInfo[]> {
  const schema = "schema" in where ? where.schema : null;
  const table = "schema" in where ? where.table : null;
  const oid = "oid" in where ? where.oid : null;
  const rows = await sql<TableRow[]>`
    select c.oid::int as oid, n.nspname as schema, c.relname as table, c.relrowsecurity as rls,
      exists (select 1 from pg_publication_tables p
              where p.pubname = ${PUBLICATION} and p.schemaname = n.nspname
                and p.tablename = c.relname) as published,
      (select json_agg(json_build_object(
          'name', a.attname, 'type', t.typname, 'sqlType', format_type(a.atttypid, a.atttypmod),
          'isKey', coalesce(a.attnum = any(i.indkey), false)) order by a.attnum)
         from pg_attribute a
         join pg_type t on t.oid = a.atttypid
         left join pg_index i on i.indrelid = a.attrelid and i.indisprimary
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p')
      and (${oid}::int is null or c.oid = ${oid}::int)
      and (${schema}::text is null or n.nspname = ${schema}::text)
      and (${table}::text is null or c.relname = ${table}::text)`;
  return rows.map((row) => ({ ...row, columns: row.columns ?? [] }));
}

export interface Catalog {
  /** Published tables matching a binding; `table` undefined or `*` means all of the schema. */
  publishedTables(schema: string, table: string | undefined): Promise<TableInfo[]>;
  /** Whether the schema.table exists at all (for the error wording). */
  tableExists(schema: string, table: string): Promise<boolean>;
  /** The table of a replication relation id, cached until `forget`. */
  table(oid: number): Promise<TableInfo | undefined>;
  /** Postgres's canonical text of a filter value for a column type; throws on bad input. */
  canonicalValue(sqlType: string, value: string): Promise<string>;
  /** Whether the login may `set role` to the claim's role. */
  canBecome(role: string): Promise<boolean>;
  /** Columns of the table the role may SELECT (empty: no access at all). */
  readableColumns(role: string, oid: number): Promise<Set<string>>;
  /** Drops what is cached about a table (its relation changed: DDL). */
  forget(oid: number): void;
}

/**
 * @example const catalog = createCatalog(sql); await catalog.publishedTables("public", "projects")
 */
export function createCatalog(sql: postgres.Sql): Catalog {
  const tables = new Map<number, Promise<TableInfo | undefined>>();
  const readable = new Map<string, Promise<Set<string>>>();
  const roles = new Map<string, Promise<boolean>>();

  return {
    async publishedTables(schema, table) {
      const all = table === undefined || table === "*";
      const found = await queryTables(sql, { schema, table: all ? null : table });
      return found.filter((info) => info.published);
    },
    async tableExists(schema, table) {
      return (await queryTables(sql, { schema, table })).length > 0;
    },
    table(oid) {
      let cached = tables.get(oid);
      if (!cached) {
        cached = queryTables(sql, { oid }).then((found) => found[0]);
        cached.catch(() => tables.delete(oid));
        tables.set(oid, cached);
      }
      return cached;
    },
    async canonicalValue(sqlType, value) {
      // The type comes from format_type(), which spells it as valid SQL; the value is bound.
      const [row] = await sql.unsafe<{ value: string }[]>(
        `select format('%s', $1::text::${sqlType}) as value`,
        [value],
      );
      return row?.value ?? value;
    },
    canBecome(role) {
      let cached = roles.get(role);
      if (!cached) {
        cached = sql<{ ok: boolean }[]>`
          select exists (select 1 from pg_roles r where r.rolname = ${role}
                         and pg_has_role(session_user, r.oid, 'member')) as ok`.then(
          ([row]) => row?.ok === true,
        );
        cached.catch(() => roles.delete(role));
        roles.set(role, cached);
      }
      return cached;
    },
    readableColumns(role, oid) {
      const key = `${oid}:${role}`;
      let cached = readable.get(key);
      if (!cached) {
        cached = sql<{ name: string }[]>`
          select a.attname as name from pg_attribute a
          where a.attrelid = ${oid} and a.attnum > 0 and not a.attisdropped
            and has_column_privilege(${role}, a.attrelid, a.attnum, 'SELECT')`.then(
          (rows) => new Set(rows.map((row) => row.name)),
        );
        cached.catch(() => readable.delete(key));
        readable.set(key, cached);
      }
      return cached;
    },
    forget(oid) {
      tables.delete(oid);
      for (const key of readable.keys()) {
        if (key.startsWith(`${oid}:`)) {
          readable.delete(key);
        }
      }
    },
  };
}
