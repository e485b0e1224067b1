// What every domain seed shares: the transaction it writes in and the insert that names its rows.
import { getTableName } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type * as schema from "../../db/schema";

export type SeedDb = PostgresJsDatabase<typeof schema>;
/** The one transaction the orchestrator opens; every domain writes in it. */
export type SeedTx = Parameters<Parameters<SeedDb["transaction"]>[0]>[0];

/**
 * Inserts `rows` in their order and answers each one's id under its seed name, so later seeds
 * refer to the rows by name.
 * @example const { northwind } = await insertNamed(tx, schema.companies, { northwind: { name: "Northwind" } });
 * @throws Error when the insert returned another number of rows than it was given.
 */
export async function insertNamed<const K extends string, T extends PgTable & { id: PgColumn }>(
  tx: SeedTx,
  table: T,
  rows: Record<K, PgInsertValue<T>>,
): Promise<Record<K, string>> {
  const names = Object.keys(rows) as K[];
  const inserted = await tx
    .insert(table)
    .values(names.map((name) => rows[name]))
    .returning({ id: table.id });
  if (inserted.length !== names.length) {
    throw new Error(
      `seed: ${names.length} ${getTableName(table)} expected, ${inserted.length} created`,
    );
  }
  return Object.fromEntries(names.map((name, index) => [name, inserted[index]?.id])) as Record<
    K,
    string
  >;
}
