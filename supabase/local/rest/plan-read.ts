// Stage 2a: a read tree (select list, embeds, filters, order, windows) resolved against the
// schema cache; every identifier in it is a catalogue name.

import type { Column, RoutineInfo, SchemaCache, Table } from "./catalogue";
import type { RowOf } from "./computed-call";
import { aggregatesDisabled, notEmbedded, undefinedType, unknownColumn } from "./errors";
import {
  type AggregateFn,
  type Condition,
  type JsonStep,
  type LogicNode,
  type LogicTree,
  type Operation,
  parseField,
  parseOperation,
  type SelectItem,
} from "./grammar";
import type { ApiRequest } from "./parse-request";
import { type Junction, resolveRelationship } from "./relationships";
import { noRelationship } from "./schema-errors";
import { relationshipHint } from "./schema-hints";

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

/** The table row a computed function needs, when the node reads written rows. */
const rowOf = (node: ReadNode): RowOf | null =>
  node.source.type === "mutation" && node.table
    ? { schema: node.table.schema, name: node.table.name, columns: [...node.table.columns.keys()] }
    : null;

function field(node: ReadNode, ref: { name: string; json: JsonStep[] }): ResolvedField {
  if (node.columns.has(ref.name)) {
    return { column: ref.name, json: ref.json };
  }
  const computed = node.table?.computed.get(ref.name);
  // A table read passes its own row; written rows are rebuilt as the table's row type.
  if (computed && node.source.type !== "function") {
    return { column: ref.name, json: ref.json, computed: { ...computed, rowOf: rowOf(node) } };
  }
  throw unknownColumn(node.label, ref.name);
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

/**
 * A read tree for a table, a function result or the rows a write returns.
 * @example planNode(cache, request, { type: "table", schema, name }, shape, request.select, "")
 */
export function planNode(
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
    } else if (item.type === "aggregate") {
      node.outputs.push({
        type: "aggregate",
        fn: item.fn,
        field: item.field ? field(node, item.field) : null,
        inputCast: resolveCast(cache, item.inputCast),
        outputCast: resolveCast(cache, item.outputCast),
        alias: item.alias ?? item.fn,
      });
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
        // A function's own row type has no relationships: findRel finds none, so PGRST200.
        throw noRelationship(
          node.label,
          item.name,
          request.schema,
          item.hint,
          relationshipHint(cache, request.schema, node.label, item.name),
        );
      }
      const relation = resolveRelationship(cache, node.table, item.name, item.hint);
      if (item.spread && !relation.toOne && !request.aggregatesEnabled) {
        // PostgREST 13 spreads a to-many embed into arrays through aggregates.
        throw aggregatesDisabled();
      }
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
          junction: relation.junction,
          computed: relation.computed && { ...relation.computed, rowOf: rowOf(node) },
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

/**
 * Applies `key=op.value` filters, finding the embed each key's path names.
 * @example applyFilters(node, [["reviews.stars", "gte.4"]])
 */
export function applyFilters(root: ReadNode, params: [string, string][]): void {
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

/**
 * The top-level window: `limit`/`offset`/`Range`, never past db-max-rows.
 * @example applyTopRange(node, request, 1000)
 */
export function applyTopRange(node: ReadNode, request: ApiRequest, maxRows: number): void {
  node.offset = request.range.offset;
  node.limit = request.range.limit === null ? maxRows : Math.min(request.range.limit, maxRows);
}
