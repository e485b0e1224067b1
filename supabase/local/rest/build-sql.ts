// Stage 3: a plan becomes ONE statement (text + bind parameters) that produces the whole
// response body in Postgres, shaped like PostgREST's main query (Query/Statements.hs):
// columns total, page_total, body, inserted.
import {
  type Ctx,
  countQuery,
  nodeQuery,
  orderSql,
  routineCall,
  selectListSql,
  whereSql,
} from "./build-read";
import { limitWithoutOrder, missingWhere } from "./errors";
import type { MediaType } from "./parse-request";
import type { MutationWindow, Plan, ReadNode } from "./plan";
import type { Table } from "./schema-cache";
import { Aliases, ident, Params } from "./sql-fragment";

export interface Statement {
  text: string;
  params: unknown[];
  /** True when the statement is a bare write whose command tag carries the row count. */
  bare: boolean;
}

export interface Shape {
  media: MediaType;
  stripNulls: boolean;
  count: "exact" | "planned" | "estimated" | null;
  representation: boolean;
  /** db-max-rows: `count=estimated` counts exactly only up to one row past it. */
  maxRows: number;
}

function bodySql(shape: Shape, node: ReadNode | null, ctx: Ctx): string {
  const row = shape.stripNulls ? `json_strip_nulls(row_to_json("pgrst_t"))` : `"pgrst_t"`;
  if (shape.media === "csv" && node) {
    const header = node.outputs.flatMap((output) =>
      output.type === "column"
        ? [output.alias]
        : output.embed.spread
          ? output.embed.node.outputs.flatMap((inner) =>
              inner.type === "column" ? [inner.alias] : [],
            )
          : [output.alias],
    );
    const text = `"pgrst_t"::text`;
    return `${ctx.params.add(header.join(","))} || chr(10) || coalesce(string_agg(substring(${text}, 2, length(${text}) - 2), chr(10)), '')`;
  }
  if (shape.media === "object") {
    return `coalesce((json_agg(${row}) -> 0)::text, 'null')`;
  }
  return `coalesce(json_agg(${row}), '[]')::text`;
}

function tableSql(table: { schema: string; name: string }): string {
  return `${ident(table.schema)}.${ident(table.name)}`;
}

/**
 * The condition of a limited PATCH/DELETE: the row is among the first `limit` rows of the
 * filtered, ordered table (rows are named by `ctid`, or by the key of a view).
 */
function limitedRows(table: Table, node: ReadNode, window: MutationWindow, ctx: Ctx): string {
  const keys = table.kind === "table" ? ["ctid"] : table.primaryKey;
  if (keys.length === 0) {
    throw limitWithoutOrder();
  }
  const inner = ctx.aliases.take();
  const where = whereSql(node, inner, ctx);
  const whereText = where.length > 0 ? ` where ${where.join(" and ")}` : "";
  const limit = window.limit === null ? "" : ` limit ${ctx.params.add(window.limit)}`;
  const offset = window.offset > 0 ? ` offset ${ctx.params.add(window.offset)}` : "";
  const outer = keys.map((key) => `"pgrst_0".${ident(key)}`).join(", ");
  const chosen = keys.map((key) => `${ident(inner)}.${ident(key)}`).join(", ");
  return `(${outer}) in (select ${chosen} from ${tableSql(table)} as ${ident(inner)}${whereText}${orderSql(node, inner, ctx)}${limit}${offset})`;
}

function mutationSql(
  plan: Exclude<Plan, { type: "read" } | { type: "rpc" }>,
  ctx: Ctx,
  returning: boolean,
): string {
  const target = tableSql(plan.table);
  const returnRows = returning ? ` returning "pgrst_0".*` : "";
  if (plan.type === "delete" || plan.type === "update") {
    const where = plan.window
      ? [limitedRows(plan.table, plan.returning, plan.window, ctx)]
      : whereSql(plan.returning, "pgrst_0", ctx);
    if (where.length === 0) {
      // Hosted Supabase loads pg-safeupdate for the API; embedded Postgres has no such module.
      throw missingWhere(plan.type === "delete" ? "DELETE" : "UPDATE");
    }
    const whereText = ` where ${where.join(" and ")}`;
    if (plan.type === "delete") {
      return `delete from ${target} as "pgrst_0"${whereText}${returnRows}`;
    }
    if (plan.columns.length === 0) {
      // An empty PATCH body changes nothing; PostgREST answers it without touching a row.
      return `select "pgrst_0".* from ${target} as "pgrst_0"${whereText} and false`;
    }
    const record = ctx.params.add(plan.bodyJson);
    const sets = plan.columns
      .map((column) => `${ident(column)} = "pgrst_body".${ident(column)}`)
      .join(", ");
    return `update ${target} as "pgrst_0" set ${sets} from (select * from json_populate_record(null::${target}, ${record}::json)) as "pgrst_body"${whereText}${returnRows}`;
  }
  const columns = plan.columns.map(ident).join(", ");
  let source: string;
  if (plan.columns.length === 0) {
    source =
      plan.rows.length === 1
        ? "default values"
        : `select from generate_series(1, ${ctx.params.add(plan.rows.length)})`;
  } else if (plan.missingDefault) {
    // One parameter holds every row; positions index into it (our counters, never request text).
    const all = ctx.params.add(plan.rowsJson);
    const rows = plan.rows.map((row, index) => {
      const cells = plan.columns.map((column) =>
        column in row
          ? `(select r.${ident(column)} from json_populate_record(null::${target}, ${all}::json -> ${index}) as r)`
          : "default",
      );
      return `(${cells.join(", ")})`;
    });
    source = `values ${rows.join(", ")}`;
  } else {
    source = `select ${columns} from json_populate_recordset(null::${target}, ${ctx.params.add(plan.rowsJson)}::json)`;
  }
  const into = plan.columns.length > 0 ? ` (${columns})` : "";
  let conflict = "";
  if (plan.upsert) {
    const keys = plan.upsert.conflict.map(ident).join(", ");
    const updates = plan.columns
      .map((column) => `${ident(column)} = excluded.${ident(column)}`)
      .join(", ");
    conflict =
      plan.upsert.ignore || updates === ""
        ? ` on conflict (${keys}) do nothing`
        : ` on conflict (${keys}) do update set ${updates}`;
  }
  const inserted = returning ? `, ("pgrst_0".xmax = 0) as pgrst_inserted` : "";
  return `insert into ${target} as "pgrst_0"${into} ${source}${conflict}${returnRows}${inserted}`;
}

/**
 * Builds the request's main statement.
 * @example const { text, params } = buildStatement(plan, shape);
 */
export function buildStatement(plan: Plan, shape: Shape): Statement {
  const ctx: Ctx = { params: new Params(), aliases: new Aliases() };
  // Reserve pgrst_0 for the top level; nested aliases start at pgrst_1.
  ctx.aliases.take();
  if (plan.type === "read" || (plan.type === "rpc" && plan.node)) {
    const node = plan.node as ReadNode;
    const cap = shape.count === "estimated" ? ` limit ${ctx.params.add(shape.maxRows + 1)}` : "";
    const total =
      shape.count === "exact" || shape.count === "estimated"
        ? `(select count(*) from (${countQuery(node, "pgrst_0", ctx)}${cap}) as pgrst_c)`
        : "null::bigint";
    const inner = nodeQuery(node, "pgrst_0", ctx, { window: true });
    // A function returning one composite value answers with an object, not an array.
    const single = plan.type === "rpc" && !plan.routine.returnsSet && shape.media === "json";
    const body = bodySql(single ? { ...shape, media: "object" } : shape, node, ctx);
    const text = `select ${total} as total, count(*) as page_total, ${body} as body, null::bigint as inserted from (${inner}) as "pgrst_t"`;
    return { text, params: ctx.params.values, bare: false };
  }
  if (plan.type === "rpc") {
    const call = routineCall(plan.routine, plan.args, ctx);
    if (plan.routine.returnsVoid) {
      return {
        text: `select null::bigint as total, 1 as page_total, (${call})::text as body`,
        params: ctx.params.values,
        bare: false,
      };
    }
    if (plan.routine.returnsSet) {
      const text = `select null::bigint as total, count(*) as page_total, coalesce(json_agg("pgrst_t"), '[]')::text as body from ${call} as "pgrst_t"`;
      return { text, params: ctx.params.values, bare: false };
    }
    return {
      text: `select null::bigint as total, 1 as page_total, to_json(${call})::text as body`,
      params: ctx.params.values,
      bare: false,
    };
  }
  if (!shape.representation) {
    return { text: mutationSql(plan, ctx, false), params: ctx.params.values, bare: true };
  }
  const mutation = mutationSql(plan, ctx, true);
  const inserted =
    plan.type === "insert"
      ? "(select count(*) from pgrst_source where pgrst_inserted)"
      : "null::bigint";
  const list = selectListSql(plan.returning, "pgrst_0", ctx);
  const text = `with pgrst_source as (${mutation}) select null::bigint as total, count(*) as page_total, ${bodySql(shape, plan.returning, ctx)} as body, ${inserted} as inserted from (select ${list} from pgrst_source as "pgrst_0") as "pgrst_t"`;
  return { text, params: ctx.params.values, bare: false };
}

/** `explain (format json)` of the count query, for `count=planned|estimated`. */
export function buildExplain(node: ReadNode): Statement {
  const ctx: Ctx = { params: new Params(), aliases: new Aliases() };
  ctx.aliases.take();
  return {
    text: `explain (format json) ${countQuery(node, "pgrst_0", ctx)}`,
    params: ctx.params.values,
    bare: false,
  };
}
