// Finds the foreign key an embed like `company:companies!hint(...)` travels, in either direction,
// as PostgREST's schema cache does (https://docs.postgrest.org/en/stable/references/api/resource_embedding.html).
import { ambiguousRelationship, noRelationship } from "./errors";
import { type ForeignKey, qualified, type SchemaCache, type Table } from "./schema-cache";

export interface Relationship {
  target: Table;
  toOne: boolean;
  /** Pairs of (target column, parent column) that must be equal. */
  join: [string, string][];
}

interface Candidate extends Relationship {
  fk: ForeignKey;
  cardinality: "many-to-one" | "one-to-many" | "one-to-one";
}

const sameColumns = (a: string[], b: string[]) =>
  a.length === b.length && a.every((column) => b.includes(column));

/**
 * Resolves an embed from `parent` (a table, or the table a function returns).
 * @example resolveRelationship(cache, projects, "companies", null)
 */
export function resolveRelationship(
  cache: SchemaCache,
  parent: Table,
  name: string,
  hint: string | null,
): Relationship {
  const candidates: Candidate[] = [];
  for (const fk of cache.foreignKeys) {
    const single = fk.columns.length === 1 ? fk.columns[0] : undefined;
    if (fk.schema === parent.schema && fk.table === parent.name) {
      const target = cache.tables.get(qualified(fk.refSchema, fk.refTable));
      const named = fk.refTable === name || fk.name === name || single === name;
      const hinted =
        hint === null || hint === fk.name || fk.columns.includes(hint) || hint === fk.refTable;
      if (target && named && hinted) {
        candidates.push({
          fk,
          target,
          toOne: true,
          cardinality: "many-to-one",
          join: fk.refColumns.map((column, i) => [column, fk.columns[i] ?? column]),
        });
      }
    }
    if (fk.refSchema === parent.schema && fk.refTable === parent.name) {
      const target = cache.tables.get(qualified(fk.schema, fk.table));
      const named = fk.table === name || fk.name === name;
      const hinted = hint === null || hint === fk.name || fk.columns.includes(hint);
      if (target && named && hinted) {
        const unique = target.uniqueKeys.some((key) => sameColumns(key, fk.columns));
        candidates.push({
          fk,
          target,
          toOne: unique,
          cardinality: unique ? "one-to-one" : "one-to-many",
          join: fk.columns.map((column, i) => [column, fk.refColumns[i] ?? column]),
        });
      }
    }
  }
  // A self-referencing key matches both ways by table name; the column hint or name decides.
  let chosen = candidates;
  if (chosen.length > 1 && hint !== null) {
    const byName = chosen.filter((candidate) => candidate.fk.name === hint);
    chosen = byName.length > 0 ? byName : chosen;
  }
  if (chosen.length > 1) {
    const direct = chosen.filter(
      (candidate) => candidate.cardinality === "many-to-one" && candidate.fk.columns.includes(name),
    );
    chosen = direct.length === 1 ? direct : chosen;
  }
  const [only, ...others] = chosen;
  if (!only) {
    throw noRelationship(parent.name, name, parent.schema);
  }
  if (others.length > 0) {
    throw ambiguousRelationship(
      parent.name,
      name,
      chosen.map((candidate) => ({
        hint: candidate.fk.name,
        cardinality: candidate.cardinality,
        embedding: `${parent.name} with ${candidate.target.name}`,
        relationship: `${candidate.fk.name} using ${candidate.fk.table}(${candidate.fk.columns.join(", ")}) and ${candidate.fk.refTable}(${candidate.fk.refColumns.join(", ")})`,
      })),
    );
  }
  return { target: only.target, toOne: only.toOne, join: only.join };
}
