// The `paths` of the OpenAPI document: one item per table (GET, and POST/PATCH/DELETE when it
// can be written) and per function (POST, and GET unless volatile), with PostgREST's Swagger types.
import type { RoutineInfo, Table } from "./catalogue";

type Json = Record<string, unknown>;

/** PostgREST's toSwaggerType: json/jsonb have no type, arrays are arrays, the rest strings. */
export function swaggerType(type: string): string | null {
  if (["character varying", "character", "text"].includes(type)) {
    return "string";
  }
  if (type === "boolean") {
    return "boolean";
  }
  if (["smallint", "integer", "bigint"].includes(type)) {
    return "integer";
  }
  if (["numeric", "real", "double precision"].includes(type)) {
    return "number";
  }
  if (type === "json" || type === "jsonb") {
    return null;
  }
  return type.endsWith("[]") ? "array" : "string";
}

export function typed(type: string): Json {
  const kind = swaggerType(type);
  const items = kind === "array" ? { items: { type: swaggerType(type.slice(0, -2)) } } : {};
  return { format: type, ...(kind ? { type: kind } : {}), ...items };
}

/** First line of a comment as the summary, the rest (after blank lines) as the description. */
function summarise(comment: string | null): Json {
  if (!comment) {
    return {};
  }
  const at = comment.indexOf("\n");
  const summary = at < 0 ? comment : comment.slice(0, at);
  const rest = at < 0 ? "" : comment.slice(at).replace(/^\n+/, "");
  return { summary, ...(rest ? { description: rest } : {}) };
}

const ref = (name: string) => ({ $ref: `#/parameters/${name}` });

export function tablePath(table: Table, writable: boolean, comment: string | null): Json {
  const tags = { tags: [table.name], ...summarise(comment) };
  const filters = [...table.columns.keys()].map((column) =>
    ref(`rowFilter.${table.name}.${column}`),
  );
  const body = ref(`body.${table.name}`);
  const path: Json = {
    get: {
      ...tags,
      parameters: [
        ...filters,
        ...["select", "order", "range", "rangeUnit", "offset", "limit", "preferCount"].map(ref),
      ],
      responses: {
        200: {
          description: "OK",
          schema: { type: "array", items: { $ref: `#/definitions/${table.name}` } },
        },
        206: { description: "Partial Content" },
      },
    },
  };
  if (writable) {
    path.post = {
      ...tags,
      parameters: [body, ref("select"), ref("preferPost")],
      responses: { 201: { description: "Created" } },
    };
    path.patch = {
      ...tags,
      parameters: [...filters, body, ref("preferReturn")],
      responses: { 204: { description: "No Content" } },
    };
    path.delete = {
      ...tags,
      parameters: [...filters, ref("preferReturn")],
      responses: { 204: { description: "No Content" } },
    };
  }
  return path;
}

export function routinePath(routine: RoutineInfo, comment: string | null): Json {
  const operation = {
    ...summarise(comment),
    tags: [`(rpc) ${routine.name}`],
    produces: [
      "application/json",
      "application/vnd.pgrst.object+json;nulls=stripped",
      "application/vnd.pgrst.object+json",
    ],
    responses: { 200: { description: "OK" } },
  };
  const args = routine.args.filter((arg) => arg.name !== "");
  const post = {
    ...operation,
    parameters: [
      {
        name: "args",
        required: true,
        in: "body",
        schema: {
          ...(comment ? { description: comment } : {}),
          required: args.filter((arg) => !arg.hasDefault).map((arg) => arg.name),
          properties: Object.fromEntries(args.map((arg) => [arg.name, typed(arg.type)])),
          type: "object",
        },
      },
      ref("preferParams"),
    ],
  };
  if (routine.volatility === "v") {
    return { post };
  }
  const get = {
    ...operation,
    parameters: args.map((arg) => {
      const kind = swaggerType(arg.type);
      return {
        name: arg.name,
        required: !arg.hasDefault,
        in: "query",
        format: arg.type,
        type: kind === null || kind === "array" ? "string" : kind,
      };
    }),
  };
  return { get, post };
}
