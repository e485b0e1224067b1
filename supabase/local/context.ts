// What every local-stack service is handed when it starts: where Postgres is, the keys, its URL.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Hono } from "hono";
import type { ApiKeys } from "./keys";

export interface StackContext {
  /** `http://127.0.0.1:<port>`: the URL supabase-js is given (services append their prefix). */
  apiUrl: string;
  keys: ApiKeys;
  /**
   * Connection URL for a database role, e.g. `databaseUrl("authenticator")` for REST or
   * `databaseUrl("supabase_auth_admin")` for Auth: the same server and database, another login.
   */
  databaseUrl(role: string): string;
  /** Environment overrides (rate limits, site URL, hook URL, ...), read by each service. */
  env: Record<string, string | undefined>;
  log(message: string): void;
}

/**
 * A service's way around the gateway's router for its hot requests: the stack hands them over with
 * the gateway's own work done (opaque keys translated, CORS headers added to the answer).
 */
export interface DirectRoute {
  /**
   * Whether this request may take the direct route, judged from its request line and headers
   * alone (nothing read yet); a refused request goes through the router as any other.
   * `headers` is the record `fetch` will get (lower-case names, repeats joined).
   */
  accepts(incoming: IncomingMessage, headers: Record<string, string>): boolean;
  /**
   * Answers as the service's Hono app would for the same request. `url` is absolute, as a web
   * Request's; `headers` have lower-case names, duplicates joined as the fetch Headers join them.
   */
  fetch(call: DirectCall): Promise<PlainReply>;
}

/**
 * An answer as plain data, written straight to `node:http` by the direct route: no web
 * `Headers` or `Response` to build and take apart again.
 */
export interface PlainReply {
  status: number;
  /** Lower-case names, one value each. */
  headers: Record<string, string>;
  /** The body as text (a REST body is the JSON Postgres built, as it came), or none. */
  body: string | null;
}

export interface DirectCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Reads the whole body (its declared length, which `accepts` checked) as UTF-8 text. */
  body(): Promise<string>;
}

/** A service mounted under a prefix of the API port, e.g. `/rest/v1`. */
export interface StackService {
  prefix: string;
  app: Hono;
  /**
   * Takes a WebSocket upgrade when the request's path is this service's (Realtime); returns
   * whether it did, so the stack can refuse upgrades nobody claims.
   */
  upgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  direct?: DirectRoute;
  close(): Promise<void>;
}
