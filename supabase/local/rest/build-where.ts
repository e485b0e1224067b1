// Stage 3a, what narrows a node: its filters and `exists` for inner and presence-filtered
// embeds, its order (also by a to-one embed's column) and its window. Shared by reads and by
// writes (build-write.ts), whose PATCH/DELETE take the same where and order.

import { fieldSql, logicSql } from "./build-filter";
import { embedSource } from "./build-from";
import type { PlannedOrder, ReadNode } from "./read-tree";
import type { Ctx } from "./sql-fragment";

/**
 * Conditions of a node: its filters, plus `exists` for inner and presence-filtered embeds.
 * @example whereSql(node, "pgrst_0", ctx) // ['"pgrst_0"."id" = $1']
 */
export function whereSql(node: ReadNode, alias: string, ctx: Ctx): string[] {
  const conditions = node.where.map((logic) => logicSql(alias, logic, ctx));
  for (const output of node.outputs) {
    if (output.type !== "embed") {
      continue;
    }
    const embed = output.embed;
    if (embed.inner || embed.presence !== null) {
      const child = ctx.aliases.take();
      const source = embedSource(embed, child, alias, ctx);
      const inner = [...source.on, ...whereSql(embed.node, child, ctx)];
      const exists = `exists (select 1 from ${source.from} where ${inner.join(" and ")})`;
      conditions.push(embed.presence === "absent" ? `not ${exists}` : exists);
    }
  }
  return conditions;
}

/** ` order by …` of a node, or nothing. */
export function orderSql(node: ReadNode, alias: string, ctx: Ctx): string {
  const terms = node.order.map((term: PlannedOrder) => {
    let expr: string;
    if (term.embed) {
      const child = ctx.aliases.take();
      const source = embedSource(term.embed, child, alias, ctx);
      expr = `(select ${fieldSql(child, term.field, ctx)} from ${source.from} where ${source.on.join(" and ")})`;
    } else {
      expr = fieldSql(alias, term.field, ctx);
    }
    const direction = term.direction ? ` ${term.direction}` : "";
    const nulls = term.nulls ? ` nulls ${term.nulls}` : "";
    return `${expr}${direction}${nulls}`;
  });
  return terms.length > 0 ? ` order by ${terms.join(", ")}` : "";
}

export function windowSql(node: ReadNode, ctx: Ctx): string {
  const limit = node.limit === null ? "" : ` limit ${ctx.params.add(node.limit)}`;
  const offset = node.offset > 0 ? ` offset ${ctx.params.add(node.offset)}` : "";
  return limit + offset;
}
