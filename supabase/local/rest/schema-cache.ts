// The schema cache: tables, views, columns, keys, foreign keys, functions, casts and switchable
// roles of the exposed schemas, read from the catalogue and swapped whole on `NOTIFY pgrst`
// (https://docs.postgrest.org/en/stable/references/schema_cache.html).
import type postgres from "postgres";
import { listenForever } from "../listen";
import { introspect } from "./introspect";

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
  /** Names `Prefer: timezone=` may take (`pg_timezone_names`), as PostgREST loads them. */
  timezones: Set<string>;
}

/** `schema.name`, the key of tables and routines in the cache. */
export const qualified = (schema: string, name: string) => `${schema}.${name}`;

export interface SchemaCacheHandle {
  current(): SchemaCache;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Loads the cache and keeps it fresh. Requests take `current()` once and keep that snapshot, so
 * a reload never changes the catalogue under a request in flight.
 * `listenUrl` is the database to LISTEN pgrst on, over a connection of its own that is
 * re-established after a Postgres restart (followed by a reload: DDL may have been missed).
 * @example const cache = await startSchemaCache(sql, url, ["public"], log);
 */
export async function startSchemaCache(
  sql: postgres.Sql,
  listenUrl: string,
  schemas: string[],
  log: (message: string) => void,
): Promise<SchemaCacheHandle> {
  let cache = await introspect(sql, schemas);
  let pending: Promise<void> | null = null;
  let again = false;

  const reload = async (): Promise<void> => {
    if (pending) {
      // A DDL burst sends many notifications: coalesce them into one more load.
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        try {
          cache = await introspect(sql, schemas);
        } catch (error) {
          log(`rest: schema cache reload failed: ${String(error)}`);
        }
      } while (again);
    })();
    try {
      await pending;
    } finally {
      pending = null;
    }
  };

  const listener = await listenForever({
    url: listenUrl,
    channel: "pgrst",
    onNotify: (payload) => {
      if (payload === "" || payload === "reload schema") {
        reload().catch(() => {});
      }
    },
    onResubscribe: () => {
      reload().catch(() => {});
    },
    log,
  });

  return {
    current: () => cache,
    reload,
    async close() {
      await listener.close();
    },
  };
}
