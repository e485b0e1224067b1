// Stage 2a: a read tree (select list, embeds, filters, order, windows) resolved against the
// schema cache; every identifier in it is a catalogue name.

import type { Column, SchemaCache, Table } from "./catalogue";
import type { RowOf } from "./computed-call";
import { aggregatesDisabled, notEmbedded, undefinedType, unknownColumn } from "./errors";
import type { JsonStep, LogicNode } from "./grammar";
import type { ApiRequest } from "./parse-request";
import type { SelectItem } from "./parse-select";
import type { EmbedPlan, PlannedLogic, ReadNode, ResolvedField, Source } from "./read-tree";
import { resolveRelationship } from "./relationships";
import { noRelationship } from "./schema-errors";
import { relationshipHint } from "./schema-hints";

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

export function field(node: ReadNode, ref: { name: string; json: JsonStep[] }): ResolvedField {
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

export function findEmbed(node: ReadNode, name: string): EmbedPlan | null {
  for (const output of node.outputs) {
    if (output.type === "embed" && (output.alias === name || output.name === name)) {
      return output.embed;
    }
  }
  return null;
}
