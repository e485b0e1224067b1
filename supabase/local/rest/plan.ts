// Stage 2: the ApiRequest checked against the schema cache and turned into a plan whose every
// identifier is a catalogue name, like PostgREST's Plan.hs. Nothing here touches SQL text.
import { qualified, type SchemaCache, type Table } from "./catalogue";
import type { ApiRequest } from "./parse-request";
import { type CallPlan, planCall } from "./plan-call";
import { applyFilters, applyTopRange } from "./plan-filters";
import { planNode } from "./plan-read";
import { planWrite, type WritePlan } from "./plan-write";
import type { ReadNode } from "./read-tree";
import { unknownTable } from "./schema-errors";
import { tableHint } from "./schema-hints";

export type { CallPlan } from "./plan-call";
export type { DeletePlan, InsertPlan, MutationWindow, UpdatePlan, WritePlan } from "./plan-write";
export type {
  CallArgs,
  EmbedPlan,
  Output,
  PlannedCondition,
  PlannedLogic,
  PlannedOrder,
  ReadNode,
  ResolvedField,
  Source,
} from "./read-tree";

/** What one request will do, every name resolved: PostgREST's ActionPlan. */
export type Plan = { type: "read"; node: ReadNode } | WritePlan | CallPlan;

function tableOf(cache: SchemaCache, request: ApiRequest): Table {
  const table = cache.tables.get(qualified(request.schema, request.target));
  if (!table) {
    throw unknownTable(
      request.schema,
      request.target,
      tableHint(cache, request.schema, request.target),
    );
  }
  return table;
}

/**
 * Resolves the request against the catalogue snapshot.
 * @example const plan = planRequest(cache.current(), request, 1000);
 */
export function planRequest(cache: SchemaCache, request: ApiRequest, maxRows: number): Plan {
  if (request.action === "rpc") {
    return planCall(cache, request, maxRows);
  }
  const table = tableOf(cache, request);
  if (request.action !== "read") {
    return planWrite(cache, request, table);
  }
  const node = planNode(
    cache,
    request,
    { type: "table", schema: table.schema, name: table.name },
    { label: table.name, columns: table.columns, table },
    request.select,
    "",
  );
  applyFilters(node, request.filterParams);
  applyTopRange(node, request, maxRows);
  return { type: "read", node };
}
