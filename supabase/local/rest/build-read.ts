// Stage 3a: SQL for a read tree, put together from its parts: the FROM item (build-from.ts),
// where/order/window (build-where.ts) and the select list (build-select.ts). Every value goes
// through Params.

import { fromSql } from "./build-from";
import { selectSql } from "./build-select";
import { orderSql, whereSql, windowSql } from "./build-where";
import type { ReadNode } from "./read-tree";
import type { Ctx } from "./sql-fragment";

export type { Ctx } from "./sql-fragment";

/**
 * The select list of a node; empty embeds (`rel()`) only filter and add no key.
 * @example selectListSql(node, "pgrst_0", ctx) // "pgrst_0"."id" as "id", …
 */
export function selectListSql(node: ReadNode, alias: string, ctx: Ctx): string {
  return selectSql(node, alias, ctx).list;
}

/**
 * `select … from … where … order … limit …` for the top level of a read.
 * @example nodeQuery(node, "pgrst_0", ctx, { window: true })
 */
export function nodeQuery(
  node: ReadNode,
  alias: string,
  ctx: Ctx,
  options: { window: boolean },
): string {
  const where = whereSql(node, alias, ctx);
  const whereText = where.length > 0 ? ` where ${where.join(" and ")}` : "";
  const select = selectSql(node, alias, ctx);
  return `select ${select.list} from ${fromSql(node, alias, ctx)}${whereText}${select.groupBy}${orderSql(node, alias, ctx)}${options.window ? windowSql(node, ctx) : ""}`;
}

/**
 * `select 1 …` with the same conditions as the node, counted for `Prefer: count=exact`.
 * @example `select count(*) from (${countQuery(node, "pgrst_0", ctx)}) as c`
 */
export function countQuery(node: ReadNode, alias: string, ctx: Ctx): string {
  const where = whereSql(node, alias, ctx);
  const whereText = where.length > 0 ? ` where ${where.join(" and ")}` : "";
  return `select 1 from ${fromSql(node, alias, ctx)}${whereText}`;
}
