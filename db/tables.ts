// Every table object in db/schema, for code that walks the schema (grants, catalogue tests).
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** The Drizzle table objects db/schema exports. */
export function allTables(): PgTable[] {
  return Object.values(schema as Record<string, unknown>).filter((value): value is PgTable =>
    is(value, PgTable),
  );
}

/** Every table declared in db/schema, by SQL name, sorted. */
export function declaredTables(): string[] {
  return allTables()
    .map((table) => getTableConfig(table).name)
    .sort();
}
