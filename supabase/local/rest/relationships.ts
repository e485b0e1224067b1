// Finds the foreign key an embed like `company:companies!hint(...)` travels, in either direction,
// as PostgREST's schema cache does (https://docs.postgrest.org/en/stable/references/api/resource_embedding.html).

import { type ForeignKey, qualified, type SchemaCache, type Table } from "./catalogue";
import { type Junction, junctionCandidates } from "./junctions";
import { ambiguousRelationship, noRelationship } from "./schema-errors";
import { relationshipHint } from "./schema-hints";

export type { Junction } from "./junctions";

export interface Relationship {
  target: Table;
  toOne: boolean;
  /** Pairs of (target column, parent column) that must be equal; empty through a junction. */
  join: [string, string][];
  junction: Junction | null;
  /** Set for a computed relationship: the function called with the parent row. */
  computed: { schema: string; name: string } | null;
}

interface Candidate extends Relationship {
  fk: ForeignKey;
  /** What `!hint` names this candidate by in the ambiguity message. */
  hintName: string;
  cardinality: "many-to-one" | "one-to-many" | "one-to-one" | "many-to-many";
  description: string;
}

const describeForeignKey = (fk: ForeignKey) =>
  `${fk.name} using ${fk.table}(${fk.columns.join(", ")}) and ${fk.refTable}(${fk.refColumns.join(", ")})`;

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
  // A computed relationship overrides a detected one of the same name, as PostgREST lets it.
  const computed = hint === null ? parent.computedRelations.get(name) : undefined;
  const computedTarget = computed ? cache.tables.get(computed.target) : undefined;
  if (computed && computedTarget) {
    return {
      target: computedTarget,
      toOne: computed.toOne,
      join: [],
      junction: null,
      computed: { schema: computed.schema, name: computed.name },
    };
  }
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
          junction: null,
          computed: null,
          hintName: fk.name,
          description: describeForeignKey(fk),
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
          junction: null,
          computed: null,
          hintName: fk.name,
          description: describeForeignKey(fk),
        });
      }
    }
  }
  for (const link of junctionCandidates(cache, parent, name, hint)) {
    const [toParent, toTarget] = link.keys;
    candidates.push({
      fk: toParent,
      target: link.target,
      toOne: false,
      join: [],
      computed: null,
      junction: link.junction,
      hintName: link.junction.name,
      cardinality: "many-to-many",
      // PostgREST's compressedRel: the junction, then each key with its junction columns.
      description: `${link.junction.name} using ${toParent.name}(${toParent.columns.join(", ")}) and ${toTarget.name}(${toTarget.columns.join(", ")})`,
    });
  }
  // A self-referencing key matches both ways by table name; the column hint or name decides.
  let chosen = candidates;
  if (chosen.length > 1 && hint !== null) {
    const byName = chosen.filter((candidate) => candidate.hintName === hint);
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
    throw noRelationship(
      parent.name,
      name,
      parent.schema,
      hint,
      relationshipHint(cache, parent.schema, parent.name, name),
    );
  }
  if (others.length > 0) {
    throw ambiguousRelationship(
      parent.name,
      name,
      chosen.map((candidate) => ({
        hint: candidate.hintName,
        cardinality: candidate.cardinality,
        embedding: `${parent.name} with ${candidate.target.name}`,
        relationship: candidate.description,
      })),
    );
  }
  return {
    target: only.target,
    toOne: only.toOne,
    join: only.join,
    junction: only.junction,
    computed: null,
  };
}
