// The schema cache: tables, views, columns, keys, foreign keys, functions, casts and switchable
// roles of the exposed schemas, read from the catalogue and swapped whole on `NOTIFY pgrst`
// (https://docs.postgrest.org/en/stable/references/schema_cache.html).
import type postgres from "postgres";
import { listenForever } from "../listen";
import type { SchemaCache } from "./catalogue";
import { introspect } from "./introspect";

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
