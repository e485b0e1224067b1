// The "Perhaps you meant …" hints of PGRST200, PGRST202 and PGRST205: the closest name in the
// schema cache, found as PostgREST 13 finds it (src/PostgREST/Error/SchemaCacheError.hs:
// tableNotFoundHint, noRpcHint, noRelBetweenHint), each null when nothing is close.
import { qualified, type SchemaCache } from "./catalogue";
import { FuzzySet } from "./fuzzy-set";
import { junctionCandidates } from "./junctions";

/** `name` of every `schema.name` key that lies in `schema`. */
const namesIn = (keys: Iterable<string>, schema: string) =>
  [...keys]
    .filter((key) => key.startsWith(`${schema}.`))
    .map((key) => key.slice(schema.length + 1));

/**
 * PGRST205's hint: the closest table or view of the same schema.
 * @example tableHint(cache, "public", "project") // "Perhaps you meant the table 'public.projects'"
 */
export function tableHint(cache: SchemaCache, schema: string, name: string): string | null {
  const closest = new FuzzySet(namesIn(cache.tables.keys(), schema)).closest(name);
  return closest === null ? null : `Perhaps you meant the table '${schema}.${closest}'`;
}

/** `(a, b, c)`: a parameter list sorted, the form PostgREST compares overloads by. */
const parameterList = (names: string[]) => `(${[...names].sort().join(", ")})`;

/**
 * PGRST202's hint: with no function of that name, the closest function name in the schema;
 * otherwise the overload whose sorted parameter list reads closest to the arguments given.
 * @example functionHint(cache, "api", "test", ["id"]) // "Perhaps you meant to call the function api.test(attr, id)"
 */
export function functionHint(
  cache: SchemaCache,
  schema: string,
  name: string,
  args: string[],
): string | null {
  const overloads = cache.routines.get(qualified(schema, name)) ?? [];
  const suggestion =
    overloads.length === 0
      ? new FuzzySet(namesIn(cache.routines.keys(), schema)).closest(name)
      : (() => {
          const lists = overloads.map((routine) =>
            parameterList(routine.args.map((arg) => arg.name)),
          );
          const closest = new FuzzySet(lists).closest(parameterList(args));
          return closest === null ? null : `${name}${closest}`;
        })();
  return suggestion === null
    ? null
    : `Perhaps you meant to call the function ${schema}.${suggestion}`;
}

/** Every table of `schema` on one end of a relationship, and the far ends of `parent`'s. */
function relationshipEnds(cache: SchemaCache, schema: string, parent: string) {
  const parents = new Set<string>();
  const children: string[] = [];
  for (const fk of cache.foreignKeys) {
    if (fk.schema === schema) {
      parents.add(fk.table);
    }
    if (fk.refSchema === schema) {
      parents.add(fk.refTable);
    }
    if (fk.schema === schema && fk.table === parent) {
      children.push(fk.refTable);
    }
    if (fk.refSchema === schema && fk.refTable === parent) {
      children.push(fk.table);
    }
  }
  const table = cache.tables.get(qualified(schema, parent));
  if (table) {
    children.push(...junctionCandidates(cache, table, null, null).map((j) => j.target.name));
    for (const relation of table.computedRelations.values()) {
      parents.add(parent);
      children.push(relation.target.slice(relation.target.indexOf(".") + 1));
    }
  }
  return { parents, children };
}

/**
 * PGRST200's hint: when the parent has relationships, the closest table among their far ends
 * (none when the child is one of them: then the `!hint` is what failed); else the closest
 * table that has relationships, in place of the parent.
 * @example relationshipHint(cache, "api", "films", "role") // "Perhaps you meant 'roles' instead of 'role'."
 */
export function relationshipHint(
  cache: SchemaCache,
  schema: string,
  parent: string,
  child: string,
): string | null {
  const { parents, children } = relationshipEnds(cache, schema, parent);
  if (parents.has(parent)) {
    const near = new FuzzySet(children).matches(child).find(([score]) => score < 1);
    return near ? `Perhaps you meant '${near[1]}' instead of '${child}'.` : null;
  }
  const closest = new FuzzySet(parents).closest(parent);
  return closest === null ? null : `Perhaps you meant '${closest}' instead of '${parent}'.`;
}
