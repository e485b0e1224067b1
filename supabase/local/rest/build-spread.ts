// A to-many spread (`...films(title,year)`), as PostgREST 13 renders it: every key the embedded
// select produces, nested embeds and spreads included, becomes a JSON array of its values over
// the related rows (https://docs.postgrest.org/en/v13/references/api/resource_embedding.html#spread-embedded-resource).
import type { ReadNode } from "./plan";
import { ident } from "./sql-fragment";

/**
 * The keys a node's select list yields: its columns, aggregates and non-empty embeds by alias,
 * and a spread's own keys in place of the spread.
 * @example spreadKeys(node) // ["title", "year", "reviews"]
 */
export function spreadKeys(node: ReadNode): string[] {
  return node.outputs.flatMap((output) => {
    if (output.type !== "embed") {
      return [output.alias];
    }
    if (output.embed.spread) {
      return spreadKeys(output.embed.node);
    }
    return output.embed.node.outputs.length > 0 ? [output.alias] : [];
  });
}

/**
 * One select item per key: the array of that key's values over `rows` (the embedded rows'
 * select, filtered, ordered and paged), `[]` when there are none.
 * @example spreadManySql(node, "select … from …", "pgrst_4") // ['coalesce((select json_agg("pgrst_4"."title") …']
 */
export function spreadManySql(node: ReadNode, rows: string, row: string): string[] {
  return spreadKeys(node).map(
    (key) =>
      `coalesce((select json_agg(${ident(row)}.${ident(key)}) from (${rows}) as ${ident(row)}), '[]') as ${ident(key)}`,
  );
}

/**
 * One select item per key of a to-one spread holding embeds: the key read from the related
 * row (null without one), as PostgREST lifts a spread's nested embeds to the parent.
 * @example spreadOneSql(node, "select … from …", "pgrst_4", false) // ['(select "pgrst_4"."name" …) as "name"', …]
 */
export function spreadOneSql(
  node: ReadNode,
  rows: string,
  row: string,
  grouped: boolean,
): string[] {
  return spreadKeys(node).map((key) => {
    const value = `(select ${ident(row)}.${ident(key)} from (${rows}) as ${ident(row)})`;
    // Grouped by, an embed must be comparable: json has no equality, jsonb does.
    return `${grouped ? `to_jsonb(${value})` : value} as ${ident(key)}`;
  });
}
