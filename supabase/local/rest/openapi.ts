// GET on the REST root: a Swagger 2.0 description of the requested schema's tables and
// functions, as PostgREST serves it (https://docs.postgrest.org/en/stable/references/api/openapi.html).
import type { Column, SchemaCache } from "./catalogue";

function jsonType(type: string): Record<string, unknown> {
  if (type.endsWith("[]")) {
    return { type: "array", items: jsonType(type.slice(0, -2)), format: type };
  }
  if (["smallint", "integer", "bigint"].includes(type)) {
    return { type: "integer", format: type };
  }
  if (/^(numeric|real|double precision)/.test(type)) {
    return { type: "number", format: type };
  }
  if (type === "boolean") {
    return { type: "boolean", format: type };
  }
  if (type === "json" || type === "jsonb") {
    return { format: type };
  }
  return { type: "string", format: type };
}

function definition(columns: Iterable<Column>, primaryKey: string[]) {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const column of columns) {
    const described = jsonType(column.type);
    properties[column.name] = primaryKey.includes(column.name)
      ? { ...described, description: "Note:\nThis is a Primary Key.<pk/>" }
      : described;
    if (!column.nullable && !column.hasDefault && !column.generated) {
      required.push(column.name);
    }
  }
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * Describes one exposed schema.
 * @example openApi(cache.current(), "public", "http://127.0.0.1:54321")
 */
export function openApi(cache: SchemaCache, schema: string, apiUrl: string): unknown {
  const paths: Record<string, unknown> = {
    "/": { get: { produces: ["application/openapi+json"] } },
  };
  const definitions: Record<string, unknown> = {};
  for (const table of cache.tables.values()) {
    if (table.schema !== schema) {
      continue;
    }
    definitions[table.name] = definition(table.columns.values(), table.primaryKey);
    const operations = table.kind === "table" ? ["get", "post", "patch", "delete"] : ["get"];
    paths[`/${table.name}`] = Object.fromEntries(
      operations.map((method) => [
        method,
        { tags: [table.name], responses: { 200: { description: "OK" } } },
      ]),
    );
  }
  for (const [key, overloads] of cache.routines) {
    const first = overloads[0];
    if (first?.schema === schema && key === `${schema}.${first.name}`) {
      paths[`/rpc/${first.name}`] = {
        post: {
          tags: [`(rpc) ${first.name}`],
          parameters: [
            {
              in: "body",
              name: "args",
              required: true,
              schema: definition(
                first.args.map((arg) => ({
                  name: arg.name,
                  type: arg.type,
                  nullable: arg.hasDefault,
                  hasDefault: arg.hasDefault,
                  generated: false,
                })),
                [],
              ),
            },
          ],
          responses: { 200: { description: "OK" } },
        },
      };
    }
  }
  const url = new URL(apiUrl);
  return {
    swagger: "2.0",
    info: {
      title: "PostgREST API",
      description: "Atrium's local PostgREST-compatible API",
      version: "12",
    },
    host: url.host,
    basePath: "/rest/v1",
    schemes: [url.protocol.replace(":", "")],
    consumes: ["application/json", "application/vnd.pgrst.object+json", "text/csv"],
    produces: ["application/json", "application/vnd.pgrst.object+json", "text/csv"],
    paths,
    definitions,
  };
}
