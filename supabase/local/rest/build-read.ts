// Stage 3a: SQL for a read tree: select lists with embeds as correlated json subqueries,
// filters, logic trees, order and windows. Every value goes through Params.
import type {
  CallArgs,
  EmbedPlan,
  PlannedCondition,
  PlannedLogic,
  PlannedOrder,
  ReadNode,
  ResolvedField,
} from "./plan";
import { type Aliases, arrayLiteral, ident, type Params } from "./sql-fragment";

const COMPARISON: Record<string, string> = {
  eq: "=",
  neq: "<>",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  like: "like",
  ilike: "ilike",
  match: "~",
  imatch: "~*",
  isdistinct: "is distinct from",
  cs: "@>",
  cd: "<@",
  ov: "&&",
  sl: "<<",
  sr: ">>",
  nxr: "&<",
  nxl: "&>",
  adj: "-|-",
};

const FTS: Record<string, string> = {
  fts: "to_tsquery",
  plfts: "plainto_tsquery",
  phfts: "phraseto_tsquery",
  wfts: "websearch_to_tsquery",
};

const IS: Record<string, string> = {
  null: "null",
  not_null: "not null",
  true: "true",
  false: "false",
  unknown: "unknown",
};

export interface Ctx {
  params: Params;
  aliases: Aliases;
}

/**
 * A column reference with its JSON path; JSON keys are parameters too.
 * @example fieldSql("pgrst_0", { column: "data", json: [{ arrow: "->>", key: "a" }] }, ctx) // ("pgrst_0"."data"->>$1::text)
 */
export function fieldSql(alias: string, field: ResolvedField, ctx: Ctx): string {
  let sql = field.computed
    ? `${ident(field.computed.schema)}.${ident(field.computed.name)}(${ident(alias)})`
    : `${ident(alias)}.${ident(field.column)}`;
  for (const step of field.json) {
    const isIndex = /^-?\d{1,9}$/.test(step.key);
    sql += `${step.arrow}${ctx.params.add(isIndex ? Number(step.key) : step.key)}::${isIndex ? "int" : "text"}`;
  }
  return field.json.length > 0 ? `(${sql})` : sql;
}

const likePattern = (value: string) => value.replaceAll("*", "%");

function conditionSql(alias: string, condition: PlannedCondition, ctx: Ctx): string {
  const column = fieldSql(alias, condition.field, ctx);
  const { operator, quantifier, list, value } = condition;
  const isLike = operator === "like" || operator === "ilike";
  let sql: string;
  if (operator === "in") {
    sql = `${column} = any(${ctx.params.add(arrayLiteral(list ?? []))})`;
  } else if (operator === "is") {
    sql = `${column} is ${IS[value.toLowerCase()] ?? "null"}`;
  } else if (operator in FTS) {
    const language = condition.language ? `${ctx.params.add(condition.language)}::regconfig, ` : "";
    sql = `${column} @@ ${FTS[operator]}(${language}${ctx.params.add(value)})`;
  } else if (quantifier) {
    const items = (list ?? []).map((item) => (isLike ? likePattern(item) : item));
    sql = `${column} ${COMPARISON[operator]} ${quantifier}(${ctx.params.add(arrayLiteral(items))})`;
  } else {
    sql = `${column} ${COMPARISON[operator]} ${ctx.params.add(isLike ? likePattern(value) : value)}`;
  }
  return condition.negated ? `not (${sql})` : sql;
}

function logicSql(alias: string, logic: PlannedLogic, ctx: Ctx): string {
  if (logic.type === "filter") {
    return conditionSql(alias, logic.condition, ctx);
  }
  const parts = logic.children.map((child) => logicSql(alias, child, ctx));
  const joined = parts.length === 0 ? "true" : `(${parts.join(` ${logic.op} `)})`;
  return logic.negated ? `not ${joined}` : joined;
}

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
  routine: { schema: string; name: string; args: { name: string; type: string }[] },
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
        `${ident(arg.name)} := (select r.${ident(arg.name)} from json_to_record(${record}::json) as r(${columns}))`,
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
  const inner = `select ${selectListSql(embed.node, child, ctx)} from ${source.from} where ${conditions.join(" and ")}${orderSql(embed.node, child, ctx)}${windowSql(embed.node, ctx)}`;
  if (embed.toOne) {
    return `(select row_to_json(${ident(row)}) from (${inner}) as ${ident(row)})`;
  }
  return `coalesce((select json_agg(${ident(row)}) from (${inner}) as ${ident(row)}), '[]')`;
}

/**
 * The select list of a node; empty embeds (`rel()`) only filter and add no key.
 * @example selectListSql(node, "pgrst_0", ctx) // "pgrst_0"."id" as "id", …
 */
export function selectListSql(node: ReadNode, alias: string, ctx: Ctx): string {
  const items: string[] = [];
  for (const output of node.outputs) {
    if (output.type === "column") {
      const expr = fieldSql(alias, output.field, ctx);
      items.push(`${output.cast ? `(${expr})::${output.cast}` : expr} as ${ident(output.alias)}`);
    } else if (output.embed.spread) {
      for (const inner of output.embed.node.outputs) {
        if (inner.type === "column") {
          const child = ctx.aliases.take();
          const source = embedSource(output.embed, child, alias, ctx);
          const expr = fieldSql(child, inner.field, ctx);
          const value = inner.cast ? `(${expr})::${inner.cast}` : expr;
          items.push(
            `(select ${value} from ${source.from} where ${source.on.join(" and ")}) as ${ident(inner.alias)}`,
          );
        }
      }
    } else if (output.embed.node.outputs.length > 0) {
      items.push(`${embedSql(output.embed, alias, ctx)} as ${ident(output.alias)}`);
    }
  }
  // A select of only empty embeds still needs a column to be valid SQL.
  return items.length > 0 ? items.join(", ") : "null as pgrst_none";
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
  return `select ${selectListSql(node, alias, ctx)} from ${fromSql(node, alias, ctx)}${whereText}${orderSql(node, alias, ctx)}${options.window ? windowSql(node, ctx) : ""}`;
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
