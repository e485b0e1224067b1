// Stage 3b: SQL for writes: INSERT from the body's JSON (json_populate_recordset, ON CONFLICT
// for upserts), UPDATE from one JSON record, DELETE, and the limited-write row choice.
import { orderSql, whereSql } from "./build-where";
import type { Table } from "./catalogue";
import { limitWithoutOrder, missingWhere } from "./errors";
import type { MutationWindow, ReadNode, WritePlan } from "./plan";
import { type Ctx, ident } from "./sql-fragment";

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

/**
 * The INSERT (with ON CONFLICT), UPDATE or DELETE of a write plan, `returning` its rows when the
 * reply needs them.
 * @example mutationSql(plan, ctx, true) // insert into "public"."t" as "pgrst_0" (…) … returning …
 */
export function mutationSql(plan: WritePlan, ctx: Ctx, returning: boolean): string {
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
