// Stage 3a: SQL for a read tree: select lists with embeds as correlated json subqueries,
// filters, logic trees, order and windows. Every value goes through Params.

import { fieldSql, logicSql } from "./build-filter";
import { spreadManySql, spreadOneSql } from "./build-spread";
import { computedCall } from "./computed-call";
import type { CallArgs, EmbedPlan, Output, PlannedOrder, ReadNode, ResolvedField } from "./plan";
import { type Ctx, ident } from "./sql-fragment";

export type { Ctx } from "./sql-fragment";

/**
 * FROM item for a node: a table, the written rows, or a function called with its arguments.
 * @example fromSql(node, "pgrst_0", ctx) // "public"."projects" as "pgrst_0"
 */
export function fromSql(node: ReadNode, alias: string, ctx: Ctx): string {
  const source = node.source;
  if (source.type === "table") {
    return `${ident(source.schema)}.${ident(source.name)} as ${ident(alias)}`;
  }
  if (source.type === "mutation") {
    return `pgrst_source as ${ident(alias)}`;
  }
  return `${routineCall(source.routine, source.args, ctx)} as ${ident(alias)}`;
}

/**
 * `"s"."fn"("a" := …)`: arguments travel as one JSON parameter that json_to_record types
 * with the catalogue's declared argument types (a JSON array becomes a Postgres array).
 * @example routineCall(add, { names: ["a"], json: '{"a":1}', whole: false }, ctx)
 */
export function routineCall(
  routine: {
    schema: string;
    name: string;
    args: { name: string; type: string; variadic?: boolean }[];
  },
  args: CallArgs,
  ctx: Ctx,
): string {
  const name = `${ident(routine.schema)}.${ident(routine.name)}`;
  const [single] = routine.args;
  if (args.whole && single) {
    // The type is the catalogue's own spelling (json or jsonb), never request text.
    return `${name}(${ctx.params.add(args.json)}::${single.type})`;
  }
  const given = routine.args.filter((arg) => args.names.includes(arg.name));
  if (given.length === 0) {
    return `${name}()`;
  }
  const record = ctx.params.add(args.json);
  const columns = given.map((arg) => `${ident(arg.name)} ${arg.type}`).join(", ");
  const named = given
    .map(
      (arg) =>
        `${arg.variadic ? "variadic " : ""}${ident(arg.name)} := (select r.${ident(arg.name)} from json_to_record(${record}::json) as r(${columns}))`,
    )
    .join(", ");
  return `${name}(${named})`;
}

/**
 * FROM and correlation of an embed: the child joined to its parent through the foreign key,
 * or through the junction table for many-to-many.
 */
function embedSource(
  embed: EmbedPlan,
  child: string,
  parent: string,
  ctx: Ctx,
): { from: string; on: string[] } {
  if (embed.computed) {
    // The function is the join: it receives the parent's row and returns the related rows.
    const call = computedCall(embed.computed, parent, embed.computed.rowOf);
    return { from: `${call} as ${ident(child)}`, on: ["true"] };
  }
  const from = fromSql(embed.node, child, ctx);
  const junction = embed.junction;
  if (!junction) {
    return {
      from,
      on: embed.join.map(([c, p]) => `${ident(child)}.${ident(c)} = ${ident(parent)}.${ident(p)}`),
    };
  }
  const link = ctx.aliases.take();
  const toTarget = junction.toTarget
    .map(([j, t]) => `${ident(link)}.${ident(j)} = ${ident(child)}.${ident(t)}`)
    .join(" and ");
  return {
    from: `${from} join ${ident(junction.schema)}.${ident(junction.name)} as ${ident(link)} on ${toTarget}`,
    on: junction.toParent.map(
      ([j, p]) => `${ident(link)}.${ident(j)} = ${ident(parent)}.${ident(p)}`,
    ),
  };
}

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

function windowSql(node: ReadNode, ctx: Ctx): string {
  const limit = node.limit === null ? "" : ` limit ${ctx.params.add(node.limit)}`;
  const offset = node.offset > 0 ? ` offset ${ctx.params.add(node.offset)}` : "";
  return limit + offset;
}

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
