// Foreign keys seen through views: a view that exposes a table's key columns, under their own
// names or renamed, takes part in that table's relationships, as PostgREST follows a view's
// column dependencies to its base tables' keys (src/PostgREST/SchemaCache.hs `allViewsKeyDependencies`;
// https://docs.postgrest.org/en/v13/references/api/resource_embedding.html#embedding-views).
import type postgres from "postgres";
import type { ForeignKey } from "./catalogue";

interface SourceRow {
  view_schema: string;
  view_name: string;
  view_column: string;
  table_schema: string;
  table_name: string;
  table_column: string;
}

/** What a view exposes of one relation: base column → the view's names for it. */
type Exposure = { schema: string; name: string; columns: Map<string, string> };

/**
 * Each view's output columns with the base column they come straight from, read from the
 * rewrite rule's top-level target list (`:resorigtbl`/`:resorigcol` in the stored node tree,
 * which is what PostgREST parses too); a computed column has no origin and is skipped.
 */
async function viewColumnSources(sql: postgres.Sql, schemas: string[]): Promise<SourceRow[]> {
  return sql<SourceRow[]>`
    with entries as (
      select v.oid as view_id, m[1] as view_column, m[2]::oid as table_id, m[3]::int2 as attnum
      from pg_class v
      join pg_namespace vn on vn.oid = v.relnamespace
      join pg_rewrite r on r.ev_class = v.oid and r.rulename = '_RETURN'
      cross join lateral regexp_matches(r.ev_action::text,
        ':resname ([^ ]+) :ressortgroupref [0-9]+ :resorigtbl ([0-9]+) :resorigcol ([0-9]+) :resjunk false',
        'g') as m
      where v.relkind in ('v', 'm') and vn.nspname = any(${schemas})
    )
    select distinct vn.nspname as view_schema, v.relname as view_name, e.view_column,
      tn.nspname as table_schema, t.relname as table_name, a.attname::text as table_column
    from entries e
    join pg_class v on v.oid = e.view_id
    join pg_namespace vn on vn.oid = v.relnamespace
    join pg_attribute va on va.attrelid = v.oid and va.attname = e.view_column and not va.attisdropped
    join pg_class t on t.oid = e.table_id
    join pg_namespace tn on tn.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = e.attnum and not a.attisdropped`;
}

function exposuresOf(rows: SourceRow[]): Map<string, Exposure[]> {
  const byRelation = new Map<string, Map<string, Exposure>>();
  for (const row of rows) {
    const relation = `${row.table_schema}.${row.table_name}`;
    const views = byRelation.get(relation) ?? new Map<string, Exposure>();
    byRelation.set(relation, views);
    const key = `${row.view_schema}.${row.view_name}`;
    const exposure = views.get(key) ?? {
      schema: row.view_schema,
      name: row.view_name,
      columns: new Map(),
    };
    views.set(key, exposure);
    // A base column exposed twice keeps its first name (sorted), so the key stays one key.
    if (!exposure.columns.has(row.table_column)) {
      exposure.columns.set(row.table_column, row.view_column);
    }
  }
  return new Map([...byRelation].map(([relation, views]) => [relation, [...views.values()]]));
}

/** `columns` renamed through the view, or null when the view does not expose all of them. */
const through = (exposure: Exposure, columns: string[]) => {
  const renamed = columns.map((column) => exposure.columns.get(column));
  return renamed.every((name) => name !== undefined) ? (renamed as string[]) : null;
};

/**
 * Derives view-side copies of the foreign keys whose columns a view exposes, on either end and
 * for views over views, with the columns under the view's names.
 * @example const derived = await viewForeignKeys(sql, ["public"], foreignKeys);
 */
export async function viewForeignKeys(
  sql: postgres.Sql,
  schemas: string[],
  foreignKeys: ForeignKey[],
): Promise<ForeignKey[]> {
  const exposures = exposuresOf(await viewColumnSources(sql, schemas));
  const seen = new Set(foreignKeys.map((fk) => JSON.stringify(fk)));
  const derived: ForeignKey[] = [];
  let frontier = foreignKeys;
  // Each pass moves one end of a key onto a view; a few passes cover view-to-view and views of views.
  for (let pass = 0; pass < 4 && frontier.length > 0; pass++) {
    const next: ForeignKey[] = [];
    for (const fk of frontier) {
      for (const view of exposures.get(`${fk.schema}.${fk.table}`) ?? []) {
        const columns = through(view, fk.columns);
        if (columns) {
          next.push({ ...fk, schema: view.schema, table: view.name, columns });
        }
      }
      for (const view of exposures.get(`${fk.refSchema}.${fk.refTable}`) ?? []) {
        const refColumns = through(view, fk.refColumns);
        if (refColumns) {
          next.push({ ...fk, refSchema: view.schema, refTable: view.name, refColumns });
        }
      }
    }
    frontier = [];
    for (const fk of next) {
      const key = JSON.stringify(fk);
      if (!seen.has(key)) {
        seen.add(key);
        frontier.push(fk);
      }
    }
    derived.push(...frontier);
  }
  return derived;
}
