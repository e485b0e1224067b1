// The shared `parameters` section of the OpenAPI document: Prefer headers, select/order/range
// and one body and one row filter per table, as PostgREST's makeParamDefs lists them.

type Param = Record<string, unknown>;

const PREFER_VALUES: Record<string, string[]> = {
  params: ["params=single-object"],
  return: ["return=representation", "return=minimal", "return=none"],
  count: ["count=none"],
  resolution: ["resolution=ignore-duplicates", "resolution=merge-duplicates"],
};

/**
 * A `Prefer` header parameter offering the values of the named preferences.
 * @example preferParam(["return"]) // { name: "Prefer", in: "header", enum: ["return=representation", …] }
 */
export function preferParam(preferences: string[]): Param {
  return {
    name: "Prefer",
    description: "Preference",
    required: false,
    in: "header",
    type: "string",
    enum: preferences.flatMap((name) => PREFER_VALUES[name] ?? []),
  };
}

const query = (name: string, description: string): Param => ({
  name,
  description,
  required: false,
  in: "query",
  type: "string",
});

/**
 * Every named parameter the paths refer to with `#/parameters/…`.
 * @example openApiParameters([{ name: "books", columns: [{ name: "id", description: null }] }])
 */
export function openApiParameters(
  tables: { name: string; columns: { name: string; description: string | null }[] }[],
): Record<string, Param> {
  const parameters: Record<string, Param> = {
    preferParams: preferParam(["params"]),
    preferReturn: preferParam(["return"]),
    preferCount: preferParam(["count"]),
    preferPost: preferParam(["return", "resolution"]),
    select: query("select", "Filtering Columns"),
    on_conflict: query("on_conflict", "On Conflict"),
    order: query("order", "Ordering"),
    range: {
      name: "Range",
      description: "Limiting and Pagination",
      required: false,
      in: "header",
      type: "string",
    },
    rangeUnit: {
      name: "Range-Unit",
      description: "Limiting and Pagination",
      required: false,
      in: "header",
      type: "string",
      default: "items",
    },
    offset: query("offset", "Limiting and Pagination"),
    limit: query("limit", "Limiting and Pagination"),
  };
  for (const table of tables) {
    parameters[`body.${table.name}`] = {
      name: table.name,
      description: table.name,
      required: false,
      in: "body",
      schema: { $ref: `#/definitions/${table.name}` },
    };
    for (const column of table.columns) {
      parameters[`rowFilter.${table.name}.${column.name}`] = {
        name: column.name,
        ...(column.description ? { description: column.description } : {}),
        required: false,
        in: "query",
        type: "string",
      };
    }
  }
  return parameters;
}
