// Foreign keys seen through views: a view that passes a table's key columns through under the
// same names takes part in that table's relationships, as PostgREST embeds views by their base
// tables' foreign keys (https://docs.postgrest.org/en/stable/references/api/resource_embedding.html).
import type postgres from "postgres";
import type { ForeignKey } from "./catalogue";

interface UsageRow {
  view_schema: string;
  view_name: string;
  table_schema: string;
  table_name: string;
  columns: string[];
}

/**
 * Derives view-side copies of the foreign keys whose columns a view exposes unrenamed.
 * @example const derived = await viewForeignKeys(sql, ["public"], foreignKeys);
 */
export async function viewForeignKeys(
  sql: postgres.Sql,
  schemas: string[],
  foreignKeys: ForeignKey[],
): Promise<ForeignKey[]> {
  // pg_depend records which base columns a view's rewrite rule reads; keep those the view
  // also exposes under the same name.
  const usages = await sql<UsageRow[]>`
    select vn.nspname as view_schema, v.relname as view_name, tn.nspname as table_schema,
      t.relname as table_name, array_agg(distinct a.attname::text) as columns
    from pg_rewrite r
    join pg_class v on v.oid = r.ev_class and v.relkind in ('v', 'm')
    join pg_namespace vn on vn.oid = v.relnamespace
    join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
      and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.refobjid <> v.oid
    join pg_class t on t.oid = d.refobjid
    join pg_namespace tn on tn.oid = t.relnamespace
    join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    join pg_attribute va on va.attrelid = v.oid and va.attname = a.attname and not va.attisdropped
    where vn.nspname = any(${schemas})
    group by 1, 2, 3, 4`;
  const derived: ForeignKey[] = [];
  for (const usage of usages) {
    const exposed = new Set(usage.columns);
    for (const fk of foreignKeys) {
      if (
        fk.schema === usage.table_schema &&
        fk.table === usage.table_name &&
        fk.columns.every((c) => exposed.has(c))
      ) {
        derived.push({ ...fk, schema: usage.view_schema, table: usage.view_name });
      }
      if (
        fk.refSchema === usage.table_schema &&
        fk.refTable === usage.table_name &&
        fk.refColumns.every((c) => exposed.has(c))
      ) {
        derived.push({ ...fk, refSchema: usage.view_schema, refTable: usage.view_name });
      }
    }
  }
  return derived;
}
