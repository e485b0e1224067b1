// Stage 3: a plan becomes ONE statement (text + bind parameters) that produces the whole
// response body in Postgres, shaped like PostgREST's main query (Query/Statements.hs):
// columns total, page_total, body, inserted.
import { routineCall } from "./build-from";
import { type Ctx, countQuery, nodeQuery, selectListSql } from "./build-read";
import { mutationSql } from "./build-write";
import type { MediaType } from "./parse-request";
import type { Plan, ReadNode } from "./plan";
import { Aliases, Params } from "./sql-fragment";

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
      output.type === "column" || output.type === "aggregate"
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
  if (shape.media === "geojson") {
    // PostgREST's own aggregate: PostGIS turns each row into a Feature (its geometry column the
    // geometry, the rest properties). Without PostGIS, Postgres answers 42883, a 404, as there.
    return `json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(ST_AsGeoJSON("pgrst_t")::json), '[]'))::text`;
  }
  return `coalesce(json_agg(${row}), '[]')::text`;
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
    if (plan.type === "insert" && plan.upsert && !plan.upsert.ignore) {
      // A merging upsert answers 200 when it inserted nothing, so even a minimal reply counts
      // the rows it inserted (PostgREST's rsInserted), without rendering a body.
      const text = `with pgrst_source as (${mutationSql(plan, ctx, true)}) select null::bigint as total, count(*) as page_total, null::text as body, count(*) filter (where pgrst_inserted) as inserted from pgrst_source`;
      return { text, params: ctx.params.values, bare: false };
    }
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
