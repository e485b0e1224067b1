// What every domain seed shares: the transaction it writes in and a guard that names its rows.
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type * as schema from "../../db/schema";

export type SeedDb = PostgresJsDatabase<typeof schema>;
/** The one transaction the orchestrator opens; every domain writes in it. */
export type SeedTx = Parameters<Parameters<SeedDb["transaction"]>[0]>[0];

/**
 * Gives inserted rows their seed names, in insertion order, so later seeds refer to them by name.
 * @example const { northwind } = named(await tx.insert(...).returning({ id }), ["northwind"], "companies");
 * @throws Error when the insert returned another number of rows than names.
 */
export function named<const K extends string>(
  rows: { id: string }[],
  names: readonly K[],
  what: string,
): Record<K, string> {
  if (rows.length !== names.length) {
    throw new Error(`seed: ${names.length} ${what} expected, ${rows.length} created`);
  }
  return Object.fromEntries(names.map((name, index) => [name, rows[index]?.id])) as Record<
    K,
    string
  >;
}
