// The call of a computed field or computed relationship: the function of the parent row. A
// written row (`pgrst_source`) carries more than the table's columns, so it is rebuilt as the
// table's row type first, as PostgREST passes the table's row to such functions after a write.
import { ident } from "./sql-fragment";

/** The table whose row type a function expects, when the parent row must be rebuilt as it. */
export interface RowOf {
  schema: string;
  name: string;
  /** The table's columns in attribute order. */
  columns: string[];
}

/**
 * `"s"."fn"("pgrst_0")`, or `"s"."fn"(row("pgrst_0"."a", …)::"s"."t")` for a written row.
 * @example computedCall({ schema: "public", name: "label" }, "pgrst_0", null)
 */
export function computedCall(
  fn: { schema: string; name: string },
  alias: string,
  rowOf: RowOf | null | undefined,
): string {
  const arg = rowOf
    ? `row(${rowOf.columns.map((column) => `${ident(alias)}.${ident(column)}`).join(", ")})::${ident(rowOf.schema)}.${ident(rowOf.name)}`
    : ident(alias);
  return `${ident(fn.schema)}.${ident(fn.name)}(${arg})`;
}
