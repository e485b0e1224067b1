// The REST pool: `authenticator`'s connections, with request values bound as text the way
// PostgREST binds them. Apart from service.ts because the bench's raw client uses the same types.
import { openPool } from "../connection-faults";
import type { StackContext } from "../context";
import type { RestConfig } from "./config";

/**
 * Request values are sent as text for Postgres to parse with the column's own input function,
 * as PostgREST does. postgres.js would otherwise re-serialise a string bound to a json column
 * as a JSON string, turn "true" into false for booleans and feed dates through `new Date`.
 */
const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
export const rawTextTypes = {
  json: {
    to: 114,
    from: [114, 3802],
    serialize: asText,
    parse: (raw: string) => JSON.parse(raw) as unknown,
  },
  boolean: { to: 16, from: [16], serialize: asText, parse: (raw: string) => raw === "t" },
  date: { to: 1184, from: [1082, 1114, 1184], serialize: asText, parse: (raw: string) => raw },
  bytea: { to: 17, from: [17], serialize: asText, parse: (raw: string) => raw },
};

/**
 * Opens the pool REST runs every transaction on, as `authenticator`.
 * @example const sql = openRestPool(context, config);
 */
export function openRestPool(context: StackContext, config: RestConfig) {
  return openPool(context.databaseUrl("authenticator"), {
    max: config.PGRST_DB_POOL,
    onnotice: () => {},
    connection: { application_name: "atrium-rest" },
    types: rawTextTypes,
    // Main statements are prepared per connection (one parse and plan per query shape); recycling
    // connections bounds how many shapes a long-lived server keeps prepared.
    max_lifetime: 10 * 60,
  });
}
