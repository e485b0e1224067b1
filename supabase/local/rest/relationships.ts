// Finds the relationship an embed like `company:companies!hint(...)` travels, by PostgREST 13's
// rules (src/PostgREST/Plan.hs `findRel`;
// https://docs.postgrest.org/en/v13/references/api/resource_embedding.html).
import type { SchemaCache, Table } from "./catalogue";
import type { Junction } from "./junctions";
import { type Candidate, relationshipsOf } from "./relationship-candidates";
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

/** The key's single column on the origin's side is `name` (`/projects?select=client_id(*)`). */
const originColumnIs = (candidate: Candidate, name: string) =>
  candidate.originColumns.length === 1 && candidate.originColumns[0] === name;

/** The key's single column on the target's side is `name` (`clients!id`, `staff!manager_id`). */
const targetColumnIs = (candidate: Candidate, name: string) =>
  candidate.targetColumns.length === 1 && candidate.targetColumns[0] === name;

const isKey = (candidate: Candidate) => candidate.junction === null;

/** Whether an embed named `name` with `!hint` means `candidate`, as `findRel` decides. */
function matches(candidate: Candidate, name: string, hint: string | null): boolean {
  const byTable = candidate.target.name === name;
  if (candidate.self) {
    // One foreign key gives a self-reference two directions: the table's name (with a
    // referencing-column hint) is the one-to-many side, the column's name the many-to-one.
    if (hint === null) {
      return (
        (byTable && candidate.cardinality === "one-to-many") ||
        (originColumnIs(candidate, name) && candidate.cardinality === "many-to-one")
      );
    }
    return byTable && candidate.cardinality === "one-to-many" && targetColumnIs(candidate, hint);
  }
  const viewTarget = candidate.target.kind === "view";
  if (hint === null) {
    return (
      byTable ||
      (isKey(candidate) && candidate.constraint === name && !viewTarget) ||
      (originColumnIs(candidate, name) && !viewTarget)
    );
  }
  return (
    byTable &&
    ((isKey(candidate) && candidate.constraint === hint) ||
      originColumnIs(candidate, hint) ||
      targetColumnIs(candidate, hint) ||
      (!isKey(candidate) && candidate.constraint === hint))
  );
}

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
  const chosen = relationshipsOf(cache, parent).filter((candidate) =>
    matches(candidate, name, hint),
  );
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
        hint: `${candidate.target.name}!${candidate.constraint}`,
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
