// What every Atrium table keyed by a random uuid shares: `id` is its first column, its RLS
// policies are declared with it, and the service role's policy comes last, so no table is left
// without one.
import type { BuildExtraConfigColumns } from "drizzle-orm";
import {
  type PgColumnBuilderBase,
  type PgTableExtraConfigValue,
  pgTable,
} from "drizzle-orm/pg-core";
import { serviceRoleManages } from "./access";
import { id } from "./columns";

type WithId<TColumns> = { id: ReturnType<typeof id> } & TColumns;

/**
 * `pgTable` with `id` before `columns`, and `serviceRoleManages(name)` after the indexes, checks
 * and policies that `extras` lists.
 * @example
 * export const tasks = defineTable("tasks", { title: text().notNull() }, (t) => [
 *   ...allow("tasks", { read: staff }),
 * ]);
 */
export function defineTable<
  TName extends string,
  TColumns extends Record<string, PgColumnBuilderBase>,
>(
  name: TName,
  columns: TColumns,
  extras: (t: BuildExtraConfigColumns<TName, WithId<TColumns>, "pg">) => PgTableExtraConfigValue[],
) {
  const withId: WithId<TColumns> = { id: id(), ...columns };
  return pgTable(name, withId, (t) => [...extras(t), serviceRoleManages(name)]);
}
