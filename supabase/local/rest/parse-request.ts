// Stage 1: an HTTP request becomes an ApiRequest (what is asked, of which schema, with which
// preferences), with no catalogue knowledge yet, like PostgREST's ApiRequest.hs.
import type { RestConfig } from "./config";
import {
  invalidPath,
  invalidRpcMethod,
  invalidSchema,
  parseError,
  unsupportedMethod,
} from "./errors";
import type { LogicNode, OrderTerm } from "./grammar";
import {
  type MediaType,
  type PlanRequest,
  type Preferences,
  parseAccept,
  parseCookies,
  parsePrefer,
} from "./parse-headers";
import { parsePayload } from "./parse-payload";
import { readQuery } from "./parse-query";
import { intersectRange } from "./parse-range";
import type { SelectItem } from "./parse-select";

export type { MediaType, Preferences } from "./parse-headers";

/** `put` is PostgREST's single-row upsert: `PUT /t?pk=eq.v` with the whole row. */
export type Action = "read" | "insert" | "update" | "delete" | "put" | "rpc";

export interface ApiRequest {
  action: Action;
  method: string;
  readOnly: boolean;
  headOnly: boolean;
  schema: string;
  /** Table, view or function name. */
  target: string;
  select: SelectItem[];
  /** db-aggregates-enabled, which a to-many spread also needs (it aggregates into arrays). */
  aggregatesEnabled: boolean;
  /** Query parameters that are filters (or RPC arguments), keyed as sent. */
  filterParams: [string, string][];
  /** Logic trees and orders and ranges by embed path ("" is the top level). */
  logic: Map<string, LogicNode[]>;
  orders: Map<string, OrderTerm[]>;
  limits: Map<string, { limit: number | null; offset: number }>;
  /** The top-level window from `limit`/`offset` and the `Range` header together. */
  range: { offset: number; limit: number | null };
  prefer: Preferences;
  media: MediaType;
  stripNulls: boolean;
  plan: PlanRequest | null;
  columns: string[] | null;
  onConflict: string[] | null;
  body: unknown;
  /** The body as sent: values reach Postgres from this text, so big numbers keep every digit. */
  bodyText: string;
  path: string;
  headers: Record<string, string>;
  cookies: Record<string, string>;
}

export interface RawRequest {
  method: string;
  /** Path below the service prefix, e.g. `/projects` or `/rpc/fn`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

/**
 * Reads the request line, headers and body into an ApiRequest.
 * @example parseRequest(raw, config) // { action: "read", target: "projects", ... }
 */
export function parseRequest(
  raw: RawRequest,
  config: RestConfig,
  timezones: ReadonlySet<string> = new Set(),
): ApiRequest {
  const segments = raw.path.split("/").filter(Boolean).map(decodeSegment);
  const isRpc = segments.length === 2 && segments[0] === "rpc";
  if (!(segments.length === 1 || isRpc)) {
    throw invalidPath();
  }
  const target = isRpc ? (segments[1] ?? "") : (segments[0] ?? "");
  const method = raw.method.toUpperCase();
  const readOnly = method === "GET" || method === "HEAD";
  let action: Action;
  if (isRpc) {
    if (!readOnly && method !== "POST") {
      throw invalidRpcMethod(method);
    }
    action = "rpc";
  } else if (readOnly) {
    action = "read";
  } else if (method === "POST") {
    action = "insert";
  } else if (method === "PATCH") {
    action = "update";
  } else if (method === "DELETE") {
    action = "delete";
  } else if (method === "PUT") {
    action = "put";
  } else {
    throw unsupportedMethod(method);
  }

  const profile = readOnly ? raw.headers["accept-profile"] : raw.headers["content-profile"];
  const schema = profile ?? config.PGRST_DB_SCHEMAS[0] ?? "public";
  if (!config.PGRST_DB_SCHEMAS.includes(schema)) {
    throw invalidSchema(schema, config.PGRST_DB_SCHEMAS);
  }

  const request: ApiRequest = {
    action,
    method,
    readOnly,
    headOnly: method === "HEAD",
    schema,
    target,
    select: [{ type: "star" }],
    aggregatesEnabled: config.PGRST_DB_AGGREGATES_ENABLED,
    filterParams: [],
    logic: new Map(),
    orders: new Map(),
    limits: new Map(),
    range: { offset: 0, limit: null },
    prefer: parsePrefer(raw.headers, {
      allowTxOverride: config.PGRST_DB_TX_END.endsWith("-allow-override"),
      timezones,
    }),
    ...parseAccept(raw.headers.accept, config.PGRST_DB_PLAN_ENABLED),
    columns: null,
    onConflict: null,
    body: null,
    bodyText: raw.body,
    path: raw.path,
    headers: raw.headers,
    cookies: parseCookies(raw.headers.cookie),
  };

  readQuery(request, raw.query, config.PGRST_DB_AGGREGATES_ENABLED);
  const top = request.limits.get("") ?? { limit: null, offset: 0 };
  request.range = { offset: top.offset, limit: top.limit };
  if (readOnly && raw.headers.range) {
    request.range = intersectRange(raw.headers.range, request.range);
  }
  if (!readOnly && method !== "DELETE") {
    const payload = parsePayload(raw.body, raw.headers["content-type"], action);
    request.body = payload.body;
    request.bodyText = payload.bodyText;
  }
  return request;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw parseError("path", `malformed percent-encoding in "${segment}"`);
  }
}
