// Many-to-many links: a junction table whose primary key holds a foreign key to each side, as
// PostgREST requires of a junction (https://docs.postgrest.org/en/v13/references/api/resource_embedding.html#many-to-many-relationships).
import { type ForeignKey, qualified, type SchemaCache, type Table } from "./catalogue";

/** A many-to-many link: the junction table and its column pairs towards each side. */
export interface Junction {
  schema: string;
  name: string;
  /** (junction column, parent column) pairs. */
  toParent: [string, string][];
  /** (junction column, target column) pairs. */
  toTarget: [string, string][];
}

export interface JunctionLink {
  target: Table;
  junction: Junction;
  /** The junction's foreign keys towards the parent and towards the target. */
  keys: [ForeignKey, ForeignKey];
}

const pairs = (fk: ForeignKey): [string, string][] =>
  fk.columns.map((column, i) => [column, fk.refColumns[i] ?? column]);

/**
 * The junctions from `parent` to a table named `name` (any table when null), through the
 * junction named `hint` when one is given.
 * @example junctionCandidates(cache, books, "genres", null) // [{ target: genres, junction: book_genres, … }]
 */
export function junctionCandidates(
  cache: SchemaCache,
  parent: Table,
  name: string | null,
  hint: string | null,
): JunctionLink[] {
  const byTable = new Map<string, ForeignKey[]>();
  for (const fk of cache.foreignKeys) {
    const key = qualified(fk.schema, fk.table);
    byTable.set(key, [...(byTable.get(key) ?? []), fk]);
  }
  const links: JunctionLink[] = [];
  for (const [key, keys] of byTable) {
    const junction = cache.tables.get(key);
    if (
      !junction ||
      junction.primaryKey.length === 0 ||
      (hint !== null && hint !== junction.name)
    ) {
      continue;
    }
    for (const toParent of keys) {
      if (toParent.refSchema !== parent.schema || toParent.refTable !== parent.name) {
        continue;
      }
      for (const toTarget of keys) {
        const target = cache.tables.get(qualified(toTarget.refSchema, toTarget.refTable));
        const inKey = [...toParent.columns, ...toTarget.columns].every((column) =>
          junction.primaryKey.includes(column),
        );
        if (toTarget === toParent || !target || (name !== null && target.name !== name) || !inKey) {
          continue;
        }
        links.push({
          target,
          junction: {
            schema: junction.schema,
            name: junction.name,
            toParent: pairs(toParent),
            toTarget: pairs(toTarget),
          },
          keys: [toParent, toTarget],
        });
      }
    }
  }
  return links;
}
