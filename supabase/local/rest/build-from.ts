// Stage 3a, FROM items: a node's source (a table, the written rows, a function called with its
// arguments) and an embed's correlation to its parent, through a foreign key, a junction table or
// a computed relationship. Every read, filter and order that reaches an embed starts here.

import { computedCall } from "./computed-call";
import type { CallArgs, EmbedPlan, ReadNode } from "./read-tree";
import { type Ctx, ident } from "./sql-fragment";

/**
 * FROM item for a node: a table, the written rows, or a function called with its arguments.
 * @example fromSql(node, "pgrst_0", ctx) // "public"."projects" as "pgrst_0"
 */
export function fromSql(node: ReadNode, alias: string, ctx: Ctx): string {
  const source = node.source;
  if (source.type === "table") {
    return `${ident(source.schema)}.${ident(source.name)} as ${ident(alias)}`;
  }
  if (source.type === "mutation") {
    return `pgrst_source as ${ident(alias)}`;
  }
  return `${routineCall(source.routine, source.args, ctx)} as ${ident(alias)}`;
}

/**
 * `"s"."fn"("a" := …)`: arguments travel as one JSON parameter that json_to_record types
 * with the catalogue's declared argument types (a JSON array becomes a Postgres array).
 * @example routineCall(add, { names: ["a"], json: '{"a":1}', whole: false }, ctx)
 */
export function routineCall(
  routine: {
    schema: string;
    name: string;
    args: { name: string; type: string; variadic?: boolean }[];
  },
  args: CallArgs,
  ctx: Ctx,
): string {
  const name = `${ident(routine.schema)}.${ident(routine.name)}`;
  const [single] = routine.args;
  if (args.whole && single) {
    // The type is the catalogue's own spelling (json or jsonb), never request text.
    return `${name}(${ctx.params.add(args.json)}::${single.type})`;
  }
  const given = routine.args.filter((arg) => args.names.includes(arg.name));
  if (given.length === 0) {
    return `${name}()`;
  }
  const record = ctx.params.add(args.json);
  const columns = given.map((arg) => `${ident(arg.name)} ${arg.type}`).join(", ");
  const named = given
    .map(
      (arg) =>
        `${arg.variadic ? "variadic " : ""}${ident(arg.name)} := (select r.${ident(arg.name)} from json_to_record(${record}::json) as r(${columns}))`,
    )
    .join(", ");
  return `${name}(${named})`;
}

/**
 * FROM and correlation of an embed: the child joined to its parent through the foreign key,
 * or through the junction table for many-to-many.
 */
export function embedSource(
  embed: EmbedPlan,
  child: string,
  parent: string,
  ctx: Ctx,
): { from: string; on: string[] } {
  if (embed.computed) {
    // The function is the join: it receives the parent's row and returns the related rows.
    const call = computedCall(embed.computed, parent, embed.computed.rowOf);
    return { from: `${call} as ${ident(child)}`, on: ["true"] };
  }
  const from = fromSql(embed.node, child, ctx);
  const junction = embed.junction;
  if (!junction) {
    return {
      from,
      on: embed.join.map(([c, p]) => `${ident(child)}.${ident(c)} = ${ident(parent)}.${ident(p)}`),
    };
  }
  const link = ctx.aliases.take();
  const toTarget = junction.toTarget
    .map(([j, t]) => `${ident(link)}.${ident(j)} = ${ident(child)}.${ident(t)}`)
    .join(" and ");
  return {
    from: `${from} join ${ident(junction.schema)}.${ident(junction.name)} as ${ident(link)} on ${toTarget}`,
    on: junction.toParent.map(
      ([j, p]) => `${ident(link)}.${ident(j)} = ${ident(parent)}.${ident(p)}`,
    ),
  };
}
