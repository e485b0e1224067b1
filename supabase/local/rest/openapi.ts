// GET on the REST root: the Swagger 2.0 document PostgREST 13 serves for one schema, limited to
// what the caller's role may use (openapi-mode follow-privileges), as OpenAPI.hs builds it
// (https://docs.postgrest.org/en/v13/references/api/openapi.html).
import type postgres from "postgres";
import type { Caller } from "./authenticate";
import type { Column, SchemaCache, Table } from "./catalogue";
import { cannotSwitchRole } from "./jwt-errors";
import { type ColumnDoc, type OpenApiCatalogue, readOpenApiCatalogue } from "./openapi-catalogue";
import { openApiParameters } from "./openapi-parameters";
import { routinePath, swaggerType, tablePath, typed } from "./openapi-paths";

type Json = Record<string, unknown>;

/** Column types carry their modifiers (`character varying(40)`); PostgREST's names do not. */
const baseType = (type: string) => type.replace(/\(\d+(,\s*\d+)?\)/g, "");

/** A column default as JSON, when it is a literal (PostgREST's parseDefault). */
function parseDefault(type: string, expression: string | null): unknown {
  if (expression === null) {
    return undefined;
  }
  let text = expression;
  if (swaggerType(type) === "string") {
    const suffix = `::${type}`;
    const bare = text.endsWith(suffix) ? text.slice(0, -suffix.length).replace(/^'|'$/g, "") : text;
    text = `"${bare}"`;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function columnNotes(cache: SchemaCache, table: Table, column: Column): string[] {
  const notes: string[] = [];
  if (table.primaryKey.includes(column.name)) {
    notes.push("This is a Primary Key.<pk/>");
  }
  const fk = cache.foreignKeys.find(
    (key) =>
      key.schema === table.schema &&
      key.table === table.name &&
      key.columns.length === 1 &&
      key.columns[0] === column.name,
  );
  const target = fk?.refColumns[0];
  if (fk && target) {
    notes.push(
      `This is a Foreign Key to \`${fk.refTable}.${target}\`.<fk table='${fk.refTable}' column='${target}'/>`,
    );
  }
  return notes;
}

function property(cache: SchemaCache, table: Table, column: Column, doc: ColumnDoc | undefined) {
  const type = baseType(column.type);
  const notes = columnNotes(cache, table, column);
  const own = doc?.description ?? null;
  const description =
    notes.length > 0 ? `${own ? `${own}\n\n` : ""}${["Note:", ...notes].join("\n")}` : own;
  const fallback = parseDefault(type, doc?.default ?? null);
  return {
    ...(fallback !== undefined ? { default: fallback } : {}),
    ...(description ? { description } : {}),
    ...(doc?.enum ? { enum: doc.enum } : {}),
    ...typed(type),
    ...(doc?.maxLength ? { maxLength: doc.maxLength } : {}),
  };
}

function definition(
  cache: SchemaCache,
  table: Table,
  docs: OpenApiCatalogue,
  description: string | null,
) {
  const columns = [...table.columns.values()];
  const required = columns.filter((column) => !column.nullable).map((column) => column.name);
  return {
    ...(description ? { description } : {}),
    required,
    properties: Object.fromEntries(
      columns.map((column) => [
        column.name,
        property(cache, table, column, docs.columns.get(`${table.name}.${column.name}`)),
      ]),
    ),
    type: "object",
  };
}

/**
 * Describes one exposed schema as the caller's role sees it.
 * @example await openApi(sql, cache.current(), caller, "public", "http://127.0.0.1:54321")
 */
export async function openApi(
  sql: postgres.Sql,
  cache: SchemaCache,
  caller: Caller,
  schema: string,
  apiUrl: string,
): Promise<Json> {
  if (!cache.roles.has(caller.role)) {
    // The same refusal a table request gets: privileges are asked of a role the token may take.
    throw cannotSwitchRole(caller.role, caller.isAnon, cache.allRoles.has(caller.role));
  }
  const docs = await readOpenApiCatalogue(sql, caller.role, schema);
  const tables = docs.relations.flatMap((relation) => {
    const table = cache.tables.get(`${schema}.${relation.name}`);
    return table ? [{ table, relation }] : [];
  });
  const paths: Json = {
    "/": {
      get: {
        tags: ["Introspection"],
        summary: "OpenAPI description (this document)",
        produces: ["application/openapi+json", "application/json"],
        responses: { 200: { description: "OK" } },
      },
    },
  };
  for (const { table, relation } of tables) {
    paths[`/${table.name}`] = tablePath(table, relation.writable, relation.description);
  }
  const routines = [...cache.routines.values()]
    .flat()
    .filter((routine) => routine.schema === schema && docs.functions.has(routine.name));
  for (const routine of routines) {
    paths[`/rpc/${routine.name}`] = routinePath(routine, docs.functions.get(routine.name) ?? null);
  }
  const url = new URL(apiUrl);
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const [title, ...rest] = (docs.schemaDescription ?? "").split("\n");
  const mimes = [
    "application/json",
    "application/vnd.pgrst.object+json;nulls=stripped",
    "application/vnd.pgrst.object+json",
    "text/csv",
  ];
  return {
    swagger: "2.0",
    info: {
      description: docs.schemaDescription
        ? rest.join("\n").replace(/^\n+/, "")
        : "This is a dynamic API generated by PostgREST",
      title: docs.schemaDescription ? title : "PostgREST API",
      version: "13.0.0",
    },
    externalDocs: {
      description: "PostgREST Documentation",
      url: "https://postgrest.org/en/v13/references/api.html",
    },
    host: `${url.hostname}:${port}`,
    basePath: "/rest/v1",
    schemes: [url.protocol.replace(":", "")],
    consumes: mimes,
    produces: mimes,
    paths,
    definitions: Object.fromEntries(
      tables.map(({ table, relation }) => [
        table.name,
        definition(cache, table, docs, relation.description),
      ]),
    ),
    parameters: openApiParameters(
      tables.map(({ table }) => ({
        name: table.name,
        columns: [...table.columns.keys()].map((column) => ({
          name: column,
          description: docs.columns.get(`${table.name}.${column}`)?.description ?? null,
        })),
      })),
    ),
  };
}
