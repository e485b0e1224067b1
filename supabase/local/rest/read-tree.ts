// Stage 2a's output: the read tree a plan hands to build-read.ts, every identifier in it a
// catalogue name. Kept apart from the planner so build and plan modules share it without
// importing each other's code.

import type { Column, RoutineInfo, Table } from "./catalogue";
import type { RowOf } from "./computed-call";
import type { JsonStep, LogicTree, Operation } from "./grammar";
import type { Junction } from "./junctions";
import type { AggregateFn } from "./parse-select";

export interface ResolvedField {
  column: string;
  json: JsonStep[];
  /** Set when `column` names a computed field: the function called with the row. */
  computed?: { schema: string; name: string; rowOf?: RowOf | null };
}
export interface PlannedCondition extends Operation {
  field: ResolvedField;
}
export type PlannedLogic = LogicTree<PlannedCondition>;

export interface EmbedPlan {
  node: ReadNode;
  toOne: boolean;
  inner: boolean;
  spread: boolean;
  /** (child column, parent column) pairs. */
  join: [string, string][];
  /** Set for many-to-many embeds, which join through this table instead. */
  junction: Junction | null;
  /** Set for computed relationships, whose rows come from this function of the parent row. */
  computed: { schema: string; name: string; rowOf?: RowOf | null } | null;
  /** From `rel=is.null` / `rel=not.is.null`: the embed must be absent / present. */
  presence: "absent" | "present" | null;
}

export type Output =
  | { type: "column"; field: ResolvedField; cast: string | null; alias: string }
  | {
      type: "aggregate";
      fn: AggregateFn;
      /** null: `count()` of rows. */
      field: ResolvedField | null;
      inputCast: string | null;
      outputCast: string | null;
      alias: string;
    }
  | { type: "embed"; alias: string; name: string; embed: EmbedPlan };

export interface PlannedOrder {
  embed: EmbedPlan | null;
  field: ResolvedField;
  direction: "asc" | "desc" | null;
  nulls: "first" | "last" | null;
}

/** RPC arguments: the names given and the JSON object text they travel in. */
export interface CallArgs {
  names: string[];
  json: string;
  /** The body is the function's single json/jsonb argument, passed as it came. */
  whole: boolean;
}

export type Source =
  | { type: "table"; schema: string; name: string }
  | { type: "function"; routine: RoutineInfo; args: CallArgs }
  | { type: "mutation" };

export interface ReadNode {
  source: Source;
  /** Name used in error messages (`column projects.x does not exist`). */
  label: string;
  columns: Map<string, Column>;
  /** The table whose foreign keys embeds may follow. */
  table: Table | null;
  outputs: Output[];
  where: PlannedLogic[];
  order: PlannedOrder[];
  limit: number | null;
  offset: number;
}
