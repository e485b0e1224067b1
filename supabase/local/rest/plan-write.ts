// Stage 2b: an insert, upsert, update or delete checked against its table: the body's columns,
// the conflict target, the PUT key and the limited-write window (PostgREST's MutatePlan.hs).
import type { SchemaCache, Table } from "./catalogue";
import { badBody, limitWithoutOrder, putFilters, putMismatch, unknownColumn } from "./errors";
import type { ApiRequest } from "./parse-request";
import type { SelectItem } from "./parse-select";
import { applyFilters } from "./plan-filters";
import { planNode } from "./plan-read";
import type { ReadNode } from "./read-tree";
import { unknownBodyColumn } from "./schema-errors";

/** `limit`/`offset` on PATCH or DELETE: only the first rows in the request's `order` change. */
export interface MutationWindow {
  limit: number | null;
  offset: number;
}

export interface InsertPlan {
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

export interface UpdatePlan {
  type: "update";
  table: Table;
  columns: string[];
  /** The body's JSON object text, straight from the request. */
  bodyJson: string;
  returning: ReadNode;
  window: MutationWindow | null;
}

export interface DeletePlan {
  type: "delete";
  table: Table;
  returning: ReadNode;
  window: MutationWindow | null;
}

export type WritePlan = InsertPlan | UpdatePlan | DeletePlan;

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

function upsertOf(request: ApiRequest, table: Table): InsertPlan["upsert"] {
  if (request.action === "put") {
    checkSingleUpsert(request, table);
    return { conflict: table.primaryKey, ignore: false };
  }
  if (!request.prefer.resolution) {
    return null;
  }
  const conflict = request.onConflict ?? table.primaryKey;
  for (const column of conflict) {
    if (!table.columns.has(column)) {
      throw unknownColumn(table.name, column);
    }
  }
  return { conflict, ignore: request.prefer.resolution === "ignore-duplicates" };
}

/**
 * Plans a POST, PUT, PATCH or DELETE on `table`.
 * @example planWrite(cache, request, table) // { type: "insert", columns: ["title"], … }
 */
export function planWrite(cache: SchemaCache, request: ApiRequest, table: Table): WritePlan {
  const shape = { label: table.name, columns: table.columns, table };
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
    const columns = writeColumns(request, table, [row]);
    return { type: "update", table, columns, bodyJson: request.bodyText, returning, window };
  }
  const rows = bodyRows(request);
  return {
    type: "insert",
    table,
    columns: rows.length === 0 ? [] : writeColumns(request, table, rows),
    rows,
    rowsJson: Array.isArray(request.body) ? request.bodyText : `[${request.bodyText}]`,
    upsert: upsertOf(request, table),
    missingDefault: request.prefer.missing === "default",
    location,
    returning,
  };
}
