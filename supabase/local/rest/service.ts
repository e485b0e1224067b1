// REST at /rest/v1: the PostgREST-compatible service. Wires the pipeline
// parse-request → plan → build-sql → execute/respond, and renders every error in one place.
import type { IncomingMessage } from "node:http";
import { Hono } from "hono";
import { openPool } from "../connection-faults";
import type { PlainReply, StackContext, StackService } from "../context";
import { type Caller, checkTimes, createAuthenticator } from "./authenticate";
import type { SchemaCache } from "./catalogue";
import { parseRestConfig, type RestConfig } from "./config";
import { bodyTooLarge, internalError, invalidSchema, RestError } from "./errors";
import { execute, prepareTransaction, type Transaction } from "./execute";
import { openApi } from "./openapi";
import { parseRequest } from "./parse-request";
import { fill, type RequestShape, requestShape, slotsOf } from "./request-shape";
import { startSchemaCache } from "./schema-cache";
import { createTransactionCache } from "./transaction-cache";

const PREFIX = "/rest/v1";
/** The plan cache's request line for shapes (never a method, so never an exact request). */
const SHAPE_LINE = "shape";

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

const isOctetStream = (contentType: string | null | undefined) =>
  (contentType ?? "").split(";")[0]?.trim().toLowerCase() === "application/octet-stream";

/**
 * Body bytes as the pipeline's text: UTF-8, except a binary body (`application/octet-stream`,
 * for a function's single unnamed bytea parameter), which travels as bytea's hex text `\x…`
 * so no byte is lost to decoding.
 */
function bodyText(bytes: Buffer, binary: boolean): string {
  return binary ? `\\x${bytes.toString("hex")}` : bytes.toString("utf8");
}

async function readBody(request: Request, limit: number): Promise<string> {
  const binary = isOctetStream(request.headers.get("content-type"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    throw bodyTooLarge(limit);
  }
  if (request.headers.has("content-length")) {
    // Node's parser stops a body at its declared length, so it can be read in one go: the node
    // server's direct read skips the web stream a chunk-by-chunk read needs (a POST's largest
    // per-request cost in the profile after the SQL itself).
    // (Buffer's decoding, not text()'s: TextDecoder would drop a byte-order mark silently.)
    return bodyText(Buffer.from(await request.arrayBuffer()), binary);
  }
  if (!request.body) {
    return "";
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return bodyText(Buffer.concat(chunks), binary);
}

/**
 * A path under the prefix naming a table, view or function in plain segments: no dot segments,
 * percent escapes or empty segments, so the router would route it here and the URL parser keeps
 * it as it is. The OpenAPI root and anything else stay on the router.
 */
const DIRECT_PATH = /^\/rest\/v1(?:\/[\w\-~!$&'()*+,;=:@][\w\-~!$&'()*+,;=:@.]*)+(?:[?#]|$)/;

/** Whether a request may skip the gateway's router: a plain path, and a body of declared length within the limit. */
function acceptsDirect(
  incoming: IncomingMessage,
  headers: Record<string, string>,
  limit: number,
): boolean {
  if (
    !DIRECT_PATH.test(incoming.url ?? "") ||
    headers["transfer-encoding"] !== undefined ||
    // The direct route reads bodies as UTF-8; binary ones go through readBody above.
    isOctetStream(headers["content-type"])
  ) {
    return false;
  }
  const declared = headers["content-length"];
  return declared === undefined || Number(declared) <= limit;
}

function errorReply(error: RestError): PlainReply {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  for (const [name, value] of Object.entries(error.headers)) {
    headers[name.toLowerCase()] = value;
  }
  return { status: error.status, headers, body: JSON.stringify(error.body) };
}

/** The Hono route's answer: the same reply as a web Response. */
const toResponse = ({ status, headers, body }: PlainReply) =>
  new Response(body, { status, headers });

/** One REST request as either route hands it over. */
interface RestCall {
  /** Upper case. */
  method: string;
  /** Absolute, as a web Request's. */
  url: string;
  /** Lower-case names, as the fetch Headers give them. */
  headers: Record<string, string>;
  /** Reads the body, refusing one over the limit with 413. */
  body(limit: number): Promise<string>;
}

const isRoot = (pathname: string) =>
  pathname === PREFIX || pathname === `${PREFIX}/` || pathname === "" || pathname === "/";

/**
 * Starts the REST service: pool as `authenticator`, schema cache with LISTEN pgrst, routes.
 * @example const rest = await createRestService(context); app.route(rest.prefix, rest.app);
 */
export async function createRestService(context: StackContext): Promise<StackService> {
  const config: RestConfig = parseRestConfig(context.env, context.keys);
  const sql = openPool(context.databaseUrl("authenticator"), {
    max: config.PGRST_DB_POOL,
    onnotice: () => {},
    connection: { application_name: "atrium-rest" },
    types: rawTextTypes,
    // Main statements are prepared per connection (one parse and plan per query shape); recycling
    // connections bounds how many shapes a long-lived server keeps prepared.
    max_lifetime: 10 * 60,
  });
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
