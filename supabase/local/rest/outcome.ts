// What the main statement answered, read from its one result row (total, page_total, body,
// inserted), and the refusals that must roll back a write before it commits.
import type postgres from "postgres";
import type { Statement } from "./build-sql";
import { maxAffectedExceeded, singularity } from "./errors";

export interface Outcome {
  total: number | null;
  pageTotal: number;
  body: string | null;
  inserted: number | null;
}

interface ResultRow {
  total: string | number | null;
  page_total: string | number | null;
  body: string | null;
  inserted: string | number | null;
}

const toNumber = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/**
 * The outcome of a main statement; a bare write counts its rows from the command tag.
 * @example readOutcome(result, statement) // { total: null, pageTotal: 3, body: "[…]", inserted: 3 }
 */
export function readOutcome(
  result: postgres.RowList<postgres.Row[]>,
  statement: Statement,
): Outcome {
  if (statement.bare) {
    return { total: null, pageTotal: result.count ?? 0, body: null, inserted: null };
  }
  const row = result[0] as ResultRow | undefined;
  return {
    total: toNumber(row?.total),
    pageTotal: toNumber(row?.page_total) ?? 0,
    body: row?.body ?? null,
    inserted: toNumber(row?.inserted),
  };
}

/**
 * `count=planned` takes the planner's estimate; `count=estimated` is exact while small and the
 * planner's figure once past db-max-rows, as PostgREST counts.
 * @example withEstimate(outcome, "planned", 1234, 1000)
 */
export function withEstimate(
  outcome: Outcome,
  count: "exact" | "planned" | "estimated" | null,
  estimate: number | null,
  maxRows: number,
): Outcome {
  if (count === "planned") {
    return { ...outcome, total: estimate };
  }
  if (outcome.total !== null && estimate !== null && outcome.total > maxRows) {
    return { ...outcome, total: Math.max(outcome.total, estimate) };
  }
  return outcome;
}

/**
 * Throws the refusal an outcome earns: PGRST124 past a strict max-affected, PGRST116 when one
 * object was asked for and not exactly one row came.
 * @example checkOutcome({ maxAffected: 2, single: false }, outcome)
 */
export function checkOutcome(
  rules: { maxAffected: number | null; single: boolean },
  outcome: Outcome,
): void {
  if (rules.maxAffected !== null && outcome.pageTotal > rules.maxAffected) {
    throw maxAffectedExceeded(outcome.pageTotal);
  }
  if (rules.single && outcome.pageTotal !== 1) {
    throw singularity(outcome.pageTotal);
  }
}
