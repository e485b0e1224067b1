// Stage 3a, select lists: columns, casts, aggregates with their `group by`, embeds as correlated
// json subqueries and spreads (build-spread.ts renders a spread's keys). Recursive: an embed's
// own select list is built here too.

import { fieldSql } from "./build-filter";
import { embedSource } from "./build-from";
import { spreadManySql, spreadOneSql } from "./build-spread";
import { orderSql, whereSql, windowSql } from "./build-where";
import type { EmbedPlan, Output, ReadNode, ResolvedField } from "./read-tree";
import { type Ctx, ident } from "./sql-fragment";

function embedSql(embed: EmbedPlan, parentAlias: string, ctx: Ctx): string {
  const child = ctx.aliases.take();
  const row = ctx.aliases.take();
  const source = embedSource(embed, child, parentAlias, ctx);
  const conditions = [...source.on, ...whereSql(embed.node, child, ctx)];
  const select = selectSql(embed.node, child, ctx);
  const inner = `select ${select.list} from ${source.from} where ${conditions.join(" and ")}${select.groupBy}${orderSql(embed.node, child, ctx)}${windowSql(embed.node, ctx)}`;
  if (embed.toOne) {
    // PostgREST 12+ renders a to-one embed as `row_to_json(…)::jsonb` (QueryBuilder's
    // getJoinSelects), so its keys come in jsonb's order and its text with jsonb's spacing.
    return `(select row_to_json(${ident(row)})::jsonb from (${inner}) as ${ident(row)})`;
  }
  return `coalesce((select json_agg(${ident(row)}) from (${inner}) as ${ident(row)}), '[]')`;
}

function aggregateSql(
  output: Extract<Output, { type: "aggregate" }>,
  alias: string,
  ctx: Ctx,
): string {
  let input = output.field ? fieldSql(alias, output.field, ctx) : "*";
  if (output.inputCast) {
    input = `(${input})::${output.inputCast}`;
  }
  return aggregateCall(output.fn, input, output.outputCast);
}

function aggregateCall(fn: string, input: string, outputCast: string | null): string {
  // The function name is one of five fixed words from the grammar, never request text.
  const call = `${fn}(${input})`;
  return outputCast ? `(${call})::${outputCast}` : call;
}

/**
 * Whether a node aggregates, counting a plain to-one spread's aggregates as the node's own.
 * @example isAggregating(parse("order_date,...customers(id.max())")) // true
 */
function isAggregating(node: ReadNode): boolean {
  return node.outputs.some(
    (output) =>
      output.type === "aggregate" ||
      (output.type === "embed" &&
        output.embed.spread &&
        output.embed.toOne &&
        output.embed.node.outputs.some((inner) => inner.type === "aggregate")),
  );
}

/** One select-list item, and whether it is a grouping column once the node aggregates. */
interface SelectItemSql {
  sql: string;
  groups: boolean;
}

function selectItems(node: ReadNode, alias: string, ctx: Ctx): SelectItemSql[] {
  const aggregates = isAggregating(node);
  const items: SelectItemSql[] = [];
  for (const output of node.outputs) {
    if (output.type === "column") {
      const expr = fieldSql(alias, output.field, ctx);
      const sql = `${output.cast ? `(${expr})::${output.cast}` : expr} as ${ident(output.alias)}`;
      items.push({ sql, groups: true });
    } else if (output.type === "aggregate") {
      items.push({
        sql: `${aggregateSql(output, alias, ctx)} as ${ident(output.alias)}`,
        groups: false,
      });
    } else if (output.embed.spread && !output.embed.toOne) {
      const rows = spreadRows(output.embed, alias, ctx);
      const sqls = spreadManySql(output.embed.node, rows, ctx.aliases.take());
      items.push(...sqls.map((sql) => ({ sql, groups: false })));
    } else if (output.embed.spread && output.embed.node.outputs.some((o) => o.type === "embed")) {
      const rows = spreadRows(output.embed, alias, ctx);
      const sqls = spreadOneSql(output.embed.node, rows, ctx.aliases.take(), aggregates);
      items.push(...sqls.map((sql) => ({ sql, groups: true })));
    } else if (output.embed.spread) {
      for (const inner of output.embed.node.outputs) {
        // The related row's value, null without one; a spread's aggregate reads it as the
        // parent's own column (aggregate_functions.html, "Using Columns from a Spreaded Resource").
        const related = (field: ResolvedField, cast: string | null) => {
          const child = ctx.aliases.take();
          const source = embedSource(output.embed, child, alias, ctx);
          const expr = fieldSql(child, field, ctx);
          const value = cast ? `(${expr})::${cast}` : expr;
          return `(select ${value} from ${source.from} where ${source.on.join(" and ")})`;
        };
        if (inner.type === "column") {
          const sql = `${related(inner.field, inner.cast)} as ${ident(inner.alias)}`;
          items.push({ sql, groups: true });
        } else if (inner.type === "aggregate") {
          const input = inner.field ? related(inner.field, inner.inputCast) : "*";
          const sql = `${aggregateCall(inner.fn, input, inner.outputCast)} as ${ident(inner.alias)}`;
          items.push({ sql, groups: false });
        }
      }
    } else if (output.embed.node.outputs.length > 0) {
      // Grouped by, an embed must be comparable: json has no equality, jsonb does.
      const embed = embedSql(output.embed, alias, ctx);
      const sql = `${aggregates ? `(${embed})::jsonb` : embed} as ${ident(output.alias)}`;
      items.push({ sql, groups: true });
    }
  }
  return items;
}

/** A spread's related rows, rendered once for build-spread.ts to read each key from. */
function spreadRows(embed: EmbedPlan, parentAlias: string, ctx: Ctx): string {
  const child = ctx.aliases.take();
  const source = embedSource(embed, child, parentAlias, ctx);
  const conditions = [...source.on, ...whereSql(embed.node, child, ctx)];
  const select = selectSql(embed.node, child, ctx);
  return `select ${select.list} from ${source.from} where ${conditions.join(" and ")}${select.groupBy}${orderSql(embed.node, child, ctx)}${windowSql(embed.node, ctx)}`;
}

/**
 * The select list of a node and, when it holds aggregates, ` group by` every other item by
 * position, as PostgREST groups by the selected columns (aggregate_functions.html).
 * @example selectSql(node, "pgrst_0", ctx) // { list: '"pgrst_0"."id" as "id", …', groupBy: "" }
 */
export function selectSql(
  node: ReadNode,
  alias: string,
  ctx: Ctx,
): { list: string; groupBy: string } {
  const items = selectItems(node, alias, ctx);
  // A select of only empty embeds still needs a column to be valid SQL.
  const list = items.length > 0 ? items.map((item) => item.sql).join(", ") : "null as pgrst_none";
  const aggregates = isAggregating(node);
  const positions = items.flatMap((item, index) => (item.groups ? [String(index + 1)] : []));
  return {
    list,
    groupBy: aggregates && positions.length > 0 ? ` group by ${positions.join(", ")}` : "",
  };
}
