// Reads the catalogue into a SchemaCache: one round of queries, all values bound, run by the
// login role so it sees exactly what the API may reach.
import type postgres from "postgres";
import type { Column, ForeignKey, SchemaCache, Table } from "./catalogue";
import { qualified } from "./catalogue";
import { type ColumnRow, readCatalogue } from "./introspect-queries";
import { readRoutines } from "./introspect-routines";
import { viewForeignKeys } from "./view-relationships";

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
    await readCatalogue(sql, schemas);

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
  const routineMap = readRoutines(routines, columnsByRel, tableByOid);

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
