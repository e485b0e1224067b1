// Stage 2: the ApiRequest checked against the schema cache and turned into a plan whose every
// identifier is a catalogue name, like PostgREST's Plan.hs. Nothing here touches SQL text.
import {
  ambiguousFunction,
  badBody,
  limitWithoutOrder,
  noFunction,
  putFilters,
  putMismatch,
  unknownBodyColumn,
  unknownColumn,
  unknownTable,
} from "./errors";
import type { SelectItem } from "./grammar";
import type { ApiRequest } from "./parse-request";
import { applyFilters, applyTopRange, type CallArgs, planNode, type ReadNode } from "./plan-read";
import { qualified, type RoutineInfo, type SchemaCache, type Table } from "./schema-cache";

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
} from "./plan-read";

/** `limit`/`offset` on PATCH or DELETE: only the first rows in the request's `order` change. */
export interface MutationWindow {
  limit: number | null;
  offset: number;
}

export type Plan =
  | { type: "read"; node: ReadNode }
  | {
      type: "insert";
      table: Table;
      columns: string[];
      rows: Record<string, unknown>[];
      /** The rows as a JSON array text, straight from the request body. */
      rowsJson: string;
      upsert: { conflict: string[]; ignore: boolean } | null;
      /** `Prefer: missing=default`: absent keys take the column default instead of NULL. */
      missingDefault: boolean;
      /** `Prefer: return=headers-only`: answer with a Location header built from the key. */
      location: boolean;
      returning: ReadNode;
    }
  | {
      type: "update";
      table: Table;
      columns: string[];
      /** The body's JSON object text, straight from the request. */
      bodyJson: string;
      returning: ReadNode;
      window: MutationWindow | null;
    }
  | { type: "delete"; table: Table; returning: ReadNode; window: MutationWindow | null }
  | { type: "rpc"; routine: RoutineInfo; args: CallArgs; node: ReadNode | null };

function tableOf(cache: SchemaCache, request: ApiRequest): Table {
  const table = cache.tables.get(qualified(request.schema, request.target));
  if (!table) {
    throw unknownTable(request.schema, request.target);
  }
  return table;
}

function bodyRows(request: ApiRequest): Record<string, unknown>[] {
  const body = request.body;
  const rows = Array.isArray(body) ? body : [body];
  for (const row of rows) {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw badBody("The body must be a JSON object or an array of objects");
    }
  }
  return rows as Record<string, unknown>[];
}

function writeColumns(
  request: ApiRequest,
  table: Table,
  rows: Record<string, unknown>[],
): string[] {
  let columns: string[];
  if (request.columns) {
    columns = request.columns;
  } else {
    const first = Object.keys(rows[0] ?? {});
    for (const row of rows) {
      const keys = Object.keys(row);
      if (keys.length !== first.length || keys.some((key) => !first.includes(key))) {
        throw badBody("All object keys must match");
      }
    }
    columns = first;
  }
  for (const column of columns) {
    if (!table.columns.has(column)) {
      throw unknownBodyColumn(column, table.name);
    }
  }
  return columns;
}

/** PUT names one row by its whole primary key, and the body must carry the same key. */
function checkSingleUpsert(request: ApiRequest, table: Table): void {
  const keys = new Map<string, string>();
  for (const [key, value] of request.filterParams) {
    if (!value.startsWith("eq.") || keys.has(key)) {
      throw putFilters();
    }
    keys.set(key, value.slice(3));
  }
  const primaryKey = table.primaryKey;
  const exact =
    primaryKey.length > 0 &&
    keys.size === primaryKey.length &&
    primaryKey.every((c) => keys.has(c));
  if (!exact || request.logic.size > 0) {
    throw putFilters();
  }
  const body = request.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badBody("PUT expects one JSON object");
  }
  const row = body as Record<string, unknown>;
  if (primaryKey.some((column) => String(row[column]) !== keys.get(column))) {
    throw putMismatch();
  }
}

function chooseRoutine(
  cache: SchemaCache,
  request: ApiRequest,
): { routine: RoutineInfo; args: CallArgs } {
  const overloads = cache.routines.get(qualified(request.schema, request.target)) ?? [];
  let given: Record<string, unknown>;
  if (request.readOnly) {
    const names = new Set(overloads.flatMap((routine) => routine.args.map((arg) => arg.name)));
    given = {};
    const rest: [string, string][] = [];
    for (const [key, value] of request.filterParams) {
      if (names.has(key)) {
        given[key] = value;
      } else {
        rest.push([key, value]);
      }
    }
    request.filterParams = rest;
  } else {
    // A lone unnamed json/jsonb parameter (or Prefer: params=single-object) takes the whole body.
    const single = overloads.filter(
      (routine) =>
        routine.args.length === 1 &&
        ["json", "jsonb"].includes(routine.args[0]?.type ?? "") &&
        (routine.args[0]?.name === "" || request.prefer.params === "single-object"),
    );
    const [whole, ...more] = single;
    if (whole && more.length === 0) {
      return { routine: whole, args: { names: [], json: request.bodyText, whole: true } };
    }
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw badBody("RPC arguments must be a JSON object");
    }
    given = body as Record<string, unknown>;
  }
  const keys = Object.keys(given);
  const matches = overloads.filter(
    (routine) =>
      keys.every((key) => routine.args.some((arg) => arg.name === key)) &&
      routine.args.every((arg) => arg.hasDefault || keys.includes(arg.name)),
  );
  const [only, ...others] = matches;
  if (!only) {
    throw noFunction(request.schema, request.target, keys.sort());
  }
  if (others.length > 0) {
    throw ambiguousFunction(request.schema, request.target);
  }
  const json = request.readOnly ? JSON.stringify(given) : request.bodyText;
  return { routine: only, args: { names: keys, json, whole: false } };
}

/**
 * Resolves the request against the catalogue snapshot.
 * @example const plan = planRequest(cache.current(), request, 1000);
 */
export function planRequest(cache: SchemaCache, request: ApiRequest, maxRows: number): Plan {
  if (request.action === "rpc") {
    const { routine, args } = chooseRoutine(cache, request);
    if (!routine.returnColumns) {
      return { type: "rpc", routine, args, node: null };
    }
    const table = routine.returnTable ? (cache.tables.get(routine.returnTable) ?? null) : null;
    const node = planNode(
      cache,
      request,
      { type: "function", routine, args },
      {
        label: routine.name,
        columns: new Map(routine.returnColumns.map((c) => [c.name, c])),
        table,
      },
      request.select,
      "",
    );
    applyFilters(node, request.filterParams);
    if (routine.returnsSet) {
      applyTopRange(node, request, maxRows);
    }
    return { type: "rpc", routine, args, node };
  }
  const table = tableOf(cache, request);
  const shape = { label: table.name, columns: table.columns, table };
  if (request.action === "read") {
    const node = planNode(
      cache,
      request,
      { type: "table", schema: table.schema, name: table.name },
      shape,
      request.select,
      "",
    );
    applyFilters(node, request.filterParams);
    applyTopRange(node, request, maxRows);
    return { type: "read", node };
  }
  // headers-only inserts return just the key, for the Location header.
  const location =
    request.action === "insert" &&
    request.prefer.return === "headers-only" &&
    table.primaryKey.length > 0;
  const select: SelectItem[] = location
    ? table.primaryKey.map((name) => ({
        type: "column",
        field: { name, json: [] },
        alias: null,
        cast: null,
      }))
    : request.select;
  const returning = planNode(cache, request, { type: "mutation" }, shape, select, "");
  if (request.action === "delete" || request.action === "update") {
    applyFilters(returning, request.filterParams);
    const top = request.limits.get("");
    const window = top && (top.limit !== null || top.offset > 0) ? top : null;
    // PostgREST's limited update/delete: which rows are "first" must be said explicitly.
    if (window && returning.order.length === 0) {
      throw limitWithoutOrder();
    }
    // The mutation's WHERE is the plan's top-level filters; the returned rows are not refiltered.
    if (request.action === "delete") {
      return { type: "delete", table, returning, window };
    }
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw badBody("PATCH expects a JSON object");
    }
    const row = body as Record<string, unknown>;
    return {
      type: "update",
      table,
      columns: writeColumns(request, table, [row]),
      bodyJson: request.bodyText,
      returning,
      window,
    };
  }
  const rows = bodyRows(request);
  const columns = rows.length === 0 ? [] : writeColumns(request, table, rows);
  let upsert: { conflict: string[]; ignore: boolean } | null = null;
  if (request.action === "put") {
    checkSingleUpsert(request, table);
    upsert = { conflict: table.primaryKey, ignore: false };
  } else if (request.prefer.resolution) {
    const conflict = request.onConflict ?? table.primaryKey;
    for (const column of conflict) {
      if (!table.columns.has(column)) {
        throw unknownColumn(table.name, column);
      }
    }
    upsert = { conflict, ignore: request.prefer.resolution === "ignore-duplicates" };
  }
  const missingDefault = request.prefer.missing === "default";
  const rowsJson = Array.isArray(request.body) ? request.bodyText : `[${request.bodyText}]`;
  return {
    type: "insert",
    table,
    columns,
    rows,
    rowsJson,
    upsert,
    missingDefault,
    location,
    returning,
  };
}
