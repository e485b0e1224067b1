// Stage 2: the ApiRequest checked against the schema cache and turned into a plan whose every
// identifier is a catalogue name, like PostgREST's Plan.hs. Nothing here touches SQL text.
import {
  ambiguousFunction,
  badBody,
  noFunction,
  notEmbedded,
  undefinedType,
  unknownBodyColumn,
  unknownColumn,
  unknownTable,
} from "./errors";
import {
  type Condition,
  type JsonStep,
  type LogicNode,
  type Operation,
  parseField,
  parseOperation,
  type SelectItem,
} from "./grammar";
import type { ApiRequest } from "./parse-request";
import { resolveRelationship } from "./relationships";
import {
  type Column,
  qualified,
  type RoutineInfo,
  type SchemaCache,
  type Table,
} from "./schema-cache";

export interface ResolvedField {
  column: string;
  json: JsonStep[];
}
export interface PlannedCondition extends Operation {
  field: ResolvedField;
}
export type PlannedLogic =
  | { type: "filter"; condition: PlannedCondition }
  | { type: "logic"; op: "and" | "or"; negated: boolean; children: PlannedLogic[] };

export interface EmbedPlan {
  node: ReadNode;
  toOne: boolean;
  inner: boolean;
  spread: boolean;
  /** (child column, parent column) pairs. */
  join: [string, string][];
  /** From `rel=is.null` / `rel=not.is.null`: the embed must be absent / present. */
  presence: "absent" | "present" | null;
}

export type Output =
  | { type: "column"; field: ResolvedField; cast: string | null; alias: string }
  | { type: "embed"; alias: string; name: string; embed: EmbedPlan };

export interface PlannedOrder {
  embed: EmbedPlan | null;
  field: ResolvedField;
  direction: "asc" | "desc" | null;
  nulls: "first" | "last" | null;
}

export type Source =
  | { type: "table"; schema: string; name: string }
  | { type: "function"; routine: RoutineInfo; args: Record<string, unknown> }
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

export type Plan =
  | { type: "read"; node: ReadNode }
  | {
      type: "insert";
      table: Table;
      columns: string[];
      rows: Record<string, unknown>[];
      upsert: { conflict: string[]; ignore: boolean } | null;
      /** `Prefer: missing=default`: absent keys take the column default instead of NULL. */
      missingDefault: boolean;
      returning: ReadNode;
    }
  | {
      type: "update";
      table: Table;
      columns: string[];
      body: Record<string, unknown>;
      returning: ReadNode;
    }
  | { type: "delete"; table: Table; returning: ReadNode }
  | { type: "rpc"; routine: RoutineInfo; args: Record<string, unknown>; node: ReadNode | null };

function resolveCast(cache: SchemaCache, cast: string | null): string | null {
  if (cast === null) {
    return null;
  }
  const isArray = cast.endsWith("[]");
  const base = (isArray ? cast.slice(0, -2) : cast).trim().toLowerCase();
  const type = cache.types.get(base);
  if (!type) {
    throw undefinedType(cast);
  }
  return isArray ? `${type}[]` : type;
}

function field(node: ReadNode, ref: { name: string; json: JsonStep[] }): ResolvedField {
  if (!node.columns.has(ref.name)) {
    throw unknownColumn(node.label, ref.name);
  }
  return { column: ref.name, json: ref.json };
}

function planLogic(node: ReadNode, logic: LogicNode): PlannedLogic {
  if (logic.type === "filter") {
    return {
      type: "filter",
      condition: { ...logic.condition, field: field(node, logic.condition.field) },
    };
  }
  return { ...logic, children: logic.children.map((child) => planLogic(node, child)) };
}

/** A read tree for a table, a function result or the rows a write returns. */
function planNode(
  cache: SchemaCache,
  request: ApiRequest,
  source: Source,
  shape: { label: string; columns: Map<string, Column>; table: Table | null },
  select: SelectItem[],
  path: string,
): ReadNode {
  const node: ReadNode = {
    source,
    ...shape,
    outputs: [],
    where: [],
    order: [],
    limit: null,
    offset: 0,
  };
  for (const item of select) {
    if (item.type === "star") {
      for (const name of node.columns.keys()) {
        node.outputs.push({
          type: "column",
          field: { column: name, json: [] },
          cast: null,
          alias: name,
        });
      }
    } else if (item.type === "column") {
      const last = item.field.json.at(-1);
      node.outputs.push({
        type: "column",
        field: field(node, item.field),
        cast: resolveCast(cache, item.cast),
        alias: item.alias ?? last?.key ?? item.field.name,
      });
    } else {
      if (!node.table) {
        throw unknownTable(request.schema, item.name);
      }
      const relation = resolveRelationship(cache, node.table, item.name, item.hint);
      const alias = item.alias ?? item.name;
      const childPath = path === "" ? alias : `${path}.${alias}`;
      const child = planNode(
        cache,
        request,
        { type: "table", schema: relation.target.schema, name: relation.target.name },
        { label: relation.target.name, columns: relation.target.columns, table: relation.target },
        item.select.length === 0 ? [] : item.select,
        childPath,
      );
      node.outputs.push({
        type: "embed",
        alias,
        name: item.name,
        embed: {
          node: child,
          toOne: relation.toOne,
          inner: item.inner,
          spread: item.spread,
          join: relation.join,
          presence: null,
        },
      });
    }
  }
  const limits = request.limits.get(path);
  if (path !== "" && limits) {
    node.limit = limits.limit;
    node.offset = limits.offset;
  }
  for (const tree of request.logic.get(path) ?? []) {
    node.where.push(planLogic(node, tree));
  }
  for (const term of request.orders.get(path) ?? []) {
    let target = node;
    let embed: EmbedPlan | null = null;
    if (term.relation !== null) {
      embed = findEmbed(node, term.relation);
      if (!embed?.toOne) {
        throw notEmbedded(term.relation);
      }
      target = embed.node;
    }
    node.order.push({
      embed,
      field: field(target, term.field),
      direction: term.direction,
      nulls: term.nulls,
    });
  }
  return node;
}

function findEmbed(node: ReadNode, name: string): EmbedPlan | null {
  for (const output of node.outputs) {
    if (output.type === "embed" && (output.alias === name || output.name === name)) {
      return output.embed;
    }
  }
  return null;
}

/** Applies `key=op.value` filters, finding the embed each key's path names. */
function applyFilters(root: ReadNode, params: [string, string][]): void {
  for (const [key, value] of params) {
    const arrow = key.indexOf("->");
    const head = arrow < 0 ? key : key.slice(0, arrow);
    const segments = head.split(".");
    const columnStart = segments.pop() ?? "";
    const fieldText = columnStart + (arrow < 0 ? "" : key.slice(arrow));
    let node = root;
    for (const segment of segments) {
      const embed = findEmbed(node, segment);
      if (!embed) {
        throw notEmbedded(segment);
      }
      node = embed.node;
    }
    const operation = parseOperation(value);
    const embed = arrow < 0 && !node.columns.has(columnStart) ? findEmbed(node, columnStart) : null;
    if (
      embed &&
      operation.operator === "is" &&
      ["null", "not_null"].includes(operation.value.toLowerCase())
    ) {
      // `rel=not.is.null` keeps parents that have the embed, like an inner join.
      const isNull = (operation.value.toLowerCase() === "null") !== operation.negated;
      embed.presence = isNull ? "absent" : "present";
      continue;
    }
    const condition: Condition = { ...operation, field: parseField(fieldText) };
    node.where.push({
      type: "filter",
      condition: { ...condition, field: field(node, condition.field) },
    });
  }
}

function applyTopRange(node: ReadNode, request: ApiRequest, maxRows: number): void {
  node.offset = request.range.offset;
  node.limit = request.range.limit === null ? maxRows : Math.min(request.range.limit, maxRows);
}

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

function chooseRoutine(
  cache: SchemaCache,
  request: ApiRequest,
): { routine: RoutineInfo; args: Record<string, unknown> } {
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
  return { routine: only, args: given };
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
  const returning = planNode(cache, request, { type: "mutation" }, shape, request.select, "");
  if (request.action === "delete" || request.action === "update") {
    applyFilters(returning, request.filterParams);
    // The mutation's WHERE is the plan's top-level filters; the returned rows are not refiltered.
    if (request.action === "delete") {
      return { type: "delete", table, returning };
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
      body: row,
      returning,
    };
  }
  const rows = bodyRows(request);
  const columns = rows.length === 0 ? [] : writeColumns(request, table, rows);
  let upsert: { conflict: string[]; ignore: boolean } | null = null;
  if (request.prefer.resolution) {
    const conflict = request.onConflict ?? table.primaryKey;
    for (const column of conflict) {
      if (!table.columns.has(column)) {
        throw unknownColumn(table.name, column);
      }
    }
    upsert = { conflict, ignore: request.prefer.resolution === "ignore-duplicates" };
  }
  const missingDefault = request.prefer.missing === "default";
  return { type: "insert", table, columns, rows, upsert, missingDefault, returning };
}
