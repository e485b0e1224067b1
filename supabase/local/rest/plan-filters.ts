// Stage 2a, after the tree: the URL's `key=op.value` filters hung on the node (or embed) their
// path names, and the top-level window. Apart from plan-read.ts because writes and calls apply
// them to trees they planned themselves.

import { notEmbedded } from "./errors";
import { type Condition, parseField, parseOperation } from "./grammar";
import type { ApiRequest } from "./parse-request";
import { field, findEmbed } from "./plan-read";
import type { ReadNode } from "./read-tree";

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
