// Every relationship a table or view has, as PostgREST's schema cache lists them per origin:
// many-to-one and one-to-many (one-to-one when the referencing columns are unique) through each
// foreign key, and many-to-many through junctions (src/PostgREST/SchemaCache/Relationship.hs).
import { type ForeignKey, qualified, type SchemaCache, type Table } from "./catalogue";
import { type Junction, junctionCandidates } from "./junctions";

export type Cardinality = "many-to-one" | "one-to-many" | "one-to-one" | "many-to-many";

export interface Candidate {
  target: Table;
  toOne: boolean;
  cardinality: Cardinality;
  /** Origin and target are the same table: PostgREST's `relIsSelf`, which has its own rules. */
  self: boolean;
  /** The foreign key's name, or the junction's name for many-to-many. */
  constraint: string;
  /** The key's columns on the origin's side and on the target's side (single-column hints). */
  originColumns: string[];
  targetColumns: string[];
  /** Pairs of (target column, parent column) that must be equal; empty through a junction. */
  join: [string, string][];
  junction: Junction | null;
  /** How PGRST201's details describe it (PostgREST's `compressedRel`). */
  description: string;
}

const sameColumns = (a: string[], b: string[]) =>
  a.length === b.length && a.every((column) => b.includes(column));

const listed = (columns: string[]) => `(${columns.join(", ")})`;

function keyCandidate(parent: Table, target: Table, fk: ForeignKey, outgoing: boolean): Candidate {
  const originColumns = outgoing ? fk.columns : fk.refColumns;
  const targetColumns = outgoing ? fk.refColumns : fk.columns;
  // The referencing side's columns being unique makes either direction one-to-one.
  const referencing = outgoing ? parent : target;
  const unique = referencing.uniqueKeys.some((key) => sameColumns(key, fk.columns));
  const cardinality: Cardinality = unique ? "one-to-one" : outgoing ? "many-to-one" : "one-to-many";
  return {
    target,
    toOne: outgoing || unique,
    cardinality,
    self: parent.schema === target.schema && parent.name === target.name,
    constraint: fk.name,
    originColumns,
    targetColumns,
    join: targetColumns.map((column, i) => [column, originColumns[i] ?? column]),
    junction: null,
    description: `${fk.name} using ${parent.name}${listed(originColumns)} and ${target.name}${listed(targetColumns)}`,
  };
}

/**
 * The relationships whose origin is `parent`, foreign-key ones first in catalogue order.
 * @example relationshipsOf(cache, books) // [{ target: authors, cardinality: "many-to-one", … }, …]
 */
export function relationshipsOf(cache: SchemaCache, parent: Table): Candidate[] {
  const candidates: Candidate[] = [];
  for (const fk of cache.foreignKeys) {
    if (fk.schema === parent.schema && fk.table === parent.name) {
      const target = cache.tables.get(qualified(fk.refSchema, fk.refTable));
      if (target) {
        candidates.push(keyCandidate(parent, target, fk, true));
      }
    }
    if (fk.refSchema === parent.schema && fk.refTable === parent.name) {
      const target = cache.tables.get(qualified(fk.schema, fk.table));
      if (target) {
        candidates.push(keyCandidate(parent, target, fk, false));
      }
    }
  }
  for (const link of junctionCandidates(cache, parent, null, null)) {
    const [toParent, toTarget] = link.keys;
    candidates.push({
      target: link.target,
      toOne: false,
      cardinality: "many-to-many",
      self: parent.schema === link.target.schema && parent.name === link.target.name,
      constraint: link.junction.name,
      originColumns: [],
      targetColumns: [],
      join: [],
      junction: link.junction,
      description: `${link.junction.name} using ${toParent.name}${listed(toParent.columns)} and ${toTarget.name}${listed(toTarget.columns)}`,
    });
  }
  return candidates;
}
