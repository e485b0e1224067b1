// REST at /rest/v1: the PostgREST-compatible service. Wires the pipeline
// parse-request → plan → build-sql → execute/respond, and renders every error in one place.
import { Hono } from "hono";
import type { PlainReply, StackContext, StackService } from "../context";
import { type Caller, checkTimes, createAuthenticator } from "./authenticate";
import type { SchemaCache } from "./catalogue";
import { parseRestConfig, type RestConfig } from "./config";
import { internalError } from "./connection-errors";
import { invalidSchema, RestError } from "./errors";
import { execute, prepareTransaction, type Transaction } from "./execute";
import { openApi } from "./openapi";
import { parseRequest } from "./parse-request";
import { readBody } from "./request-body";
import { fill, type RequestShape, requestShape, slotsOf } from "./request-shape";
import { acceptsDirect, errorReply, type RestCall, toResponse } from "./rest-call";
import { openRestPool } from "./rest-pool";
import { startSchemaCache } from "./schema-cache";
import { createTransactionCache } from "./transaction-cache";

const PREFIX = "/rest/v1";
/** The plan cache's request line for shapes (never a method, so never an exact request). */
const SHAPE_LINE = "shape";

const isRoot = (pathname: string) =>
  pathname === PREFIX || pathname === `${PREFIX}/` || pathname === "" || pathname === "/";

/**
 * Starts the REST service: pool as `authenticator`, schema cache with LISTEN pgrst, routes.
 * @example const rest = await createRestService(context); app.route(rest.prefix, rest.app);
 */
export async function createRestService(context: StackContext): Promise<StackService> {
  const config: RestConfig = parseRestConfig(context.env, context.keys);
  const sql = openRestPool(context, config);
  let cache: Awaited<ReturnType<typeof startSchemaCache>>;
  try {
    cache = await startSchemaCache(
      sql,
      context.databaseUrl("authenticator"),
      config.PGRST_DB_SCHEMAS,
      context.log,
    );
  } catch (error) {
    await sql.end();
    throw error;
  }
  const authenticate = createAuthenticator(config);
  const prepared = createTransactionCache();

  /**
   * Plans the request's shape with sentinel values and keeps it when each value provably lands
   * in a bind parameter of its own and nothing else changed; otherwise the shape is not cached.
   */
  function rememberShape(
    snapshot: SchemaCache,
    shape: RequestShape,
    raw: { method: string; path: string; headers: Record<string, string>; body: string },
    caller: Caller,
    real: Transaction,
  ): void {
    try {
      const request = parseRequest(
        { ...raw, query: shape.sentinelQuery },
        config,
        snapshot.timezones,
      );
      const transaction = prepareTransaction(snapshot, config, caller, request);
      const slots = slotsOf(real, transaction, shape);
      if (slots) {
        prepared.set(snapshot, SHAPE_LINE, shape.key, raw.headers, "", {
          request,
          transaction,
          caller,
          slots,
        });
      }
    } catch {
      // A sentinel the planner refuses: this shape is planned per request, as before.
    }
  }

  /**
   * One request, from either route: the gateway's router or the stack's direct route.
   * `plainPath`: the direct route checked the path names a table, view or function, never the
   * OpenAPI root.
   */
  async function answer(call: RestCall, plainPath = false): Promise<PlainReply> {
    try {
      const { method, headers } = call;
      const snapshot = cache.current();
      // A repeated request is looked up before anything else: its caller, plan and SQL were made
      // from these very headers and body, so only the token's times need checking again.
      let body = "";
      let bodyError: unknown = null;
      if (method !== "GET" && method !== "HEAD") {
        try {
          body = await call.body(config.REST_MAX_BODY_BYTES);
        } catch (error) {
          bodyError = error;
        }
      }
      const hit =
        bodyError === null ? prepared.get(snapshot, method, call.url, headers, body) : undefined;
      if (hit) {
        checkTimes(hit.caller.claims);
        return await execute(sql, config, hit.caller, hit.request, hit.transaction);
      }
      const known = authenticate.immediate((name) => headers[name]);
      const caller = known instanceof Promise ? await known : known;
      // The direct route never brings the root, so its URL is parsed only when planning needs it.
      const url = new URL(call.url);
      if (!plainPath && isRoot(url.pathname) && (method === "GET" || method === "HEAD")) {
        const schema = headers["accept-profile"] ?? config.PGRST_DB_SCHEMAS[0] ?? "public";
        if (!config.PGRST_DB_SCHEMAS.includes(schema)) {
          throw invalidSchema(schema, config.PGRST_DB_SCHEMAS);
        }
        const document = await openApi(sql, cache.current(), caller, schema, context.apiUrl);
        return {
          status: 200,
          headers: { "content-type": "application/openapi+json; charset=utf-8" },
          body: JSON.stringify(document),
        };
      }
      // An authentication error answers first, as before the body was read.
      if (bodyError !== null) {
        throw bodyError;
      }
      const path = url.pathname.startsWith(PREFIX)
        ? url.pathname.slice(PREFIX.length)
        : url.pathname;
      // A read of a known shape (same path, keys, operators and headers; other filter values)
      // takes that shape's plan and SQL with this request's values bound.
      const shape = method === "GET" ? requestShape(url.pathname, url.search) : null;
      const ofShape = shape && prepared.get(snapshot, SHAPE_LINE, shape.key, headers, "");
      if (shape && ofShape?.slots) {
        const filled = fill(ofShape.transaction, ofShape.slots, shape.values);
        return await execute(sql, config, caller, ofShape.request, filled);
      }
      const request = parseRequest(
        { method, path, query: url.searchParams, headers, body },
        config,
        snapshot.timezones,
      );
      const transaction = prepareTransaction(snapshot, config, caller, request);
      prepared.set(snapshot, method, call.url, headers, body, { request, transaction, caller });
      if (shape) {
        rememberShape(snapshot, shape, { method, path, headers, body }, caller, transaction);
      }
      return await execute(sql, config, caller, request, transaction);
    } catch (error) {
      if (error instanceof RestError) {
        return errorReply(error);
      }
      context.log(
        `rest: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return errorReply(internalError());
    }
  }

  const app = new Hono();
  app.all("*", async (c) => {
    const raw = c.req.raw;
    const headers: Record<string, string> = {};
    raw.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return toResponse(
      await answer({
        method: raw.method.toUpperCase(),
        url: raw.url,
        headers,
        body: (limit) => readBody(raw, limit),
      }),
    );
  });

  return {
    prefix: PREFIX,
    app,
    direct: {
      accepts: (incoming, headers) => acceptsDirect(incoming, headers, config.REST_MAX_BODY_BYTES),
      // `accepts` took only bodies of declared length within the limit, and the call is passed
      // on as it is (no copy): its method is Node's, upper case already.
      fetch: (call) => answer(call, true),
    },
    async close() {
      await cache.close();
      await sql.end({ timeout: 5 });
    },
  };
}
