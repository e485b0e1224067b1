// The catalogue's shapes: tables, views, columns, keys, foreign keys, functions, types and roles
// as the schema cache holds them; read by introspect.ts, served by schema-cache.ts.

export interface Column {
  name: string;
  /** `format_type` output, e.g. `timestamp with time zone`, `text[]`. */
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  generated: boolean;
}

export interface Table {
  schema: string;
  name: string;
  kind: "table" | "view";
  columns: Map<string, Column>;
  primaryKey: string[];
  /** Column sets that are unique (primary key and unique constraints). */
  uniqueKeys: string[][];
  /** Computed fields: functions taking this table's row, selectable and filterable by name. */
  computed: Map<string, { schema: string; name: string }>;
  /**
   * Computed relationships: f(this row) returning rows of another table, embeddable by f's
   * name; to-one when f returns one row (or is declared `rows 1`).
   */
  computedRelations: Map<string, ComputedRelation>;
}

export interface ComputedRelation {
  schema: string;
  name: string;
  /** `schema.name` of the table whose rows the function returns. */
  target: string;
  toOne: boolean;
}

export interface ForeignKey {
  name: string;
  schema: string;
  table: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
}

export interface FunctionArg {
  name: string;
  type: string;
  hasDefault: boolean;
  /** A VARIADIC parameter: its type is the array, and a call must say VARIADIC. */
  variadic?: boolean;
}

export interface RoutineInfo {
  schema: string;
  name: string;
  args: FunctionArg[];
  volatility: "i" | "s" | "v";
  returnsSet: boolean;
  returnType: string;
  /** Output columns when the result is a row type (table, composite, OUT/TABLE params). */
  returnColumns: Column[] | null;
  /** The table whose row type is returned, so embeds work on its foreign keys. */
  returnTable: string | null;
  returnsVoid: boolean;
}

export interface SchemaCache {
  tables: Map<string, Table>;
  foreignKeys: ForeignKey[];
  routines: Map<string, RoutineInfo[]>;
  /** Lower-cased type name → a quoted, schema-qualified SQL type, for `::cast`. */
  types: Map<string, string>;
  /** Roles the login role may switch to, with their `ALTER ROLE … SET` values. */
  roles: Map<string, [string, string][]>;
  /** Every role name, to tell a token's unknown role (22023) from one it may not take (42501). */
  allRoles: Set<string>;
  /** Names `Prefer: timezone=` may take (`pg_timezone_names`), as PostgREST loads them. */
  timezones: Set<string>;
}

/** `schema.name`, the key of tables and routines in the cache. */
export const qualified = (schema: string, name: string) => `${schema}.${name}`;
