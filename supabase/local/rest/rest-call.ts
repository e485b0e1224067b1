// One REST request as either route hands it over, which requests the stack's direct route
// (../direct-route.ts) may take past the gateway's router, and the plain reply both get back
// (the Hono route wraps it in a Response): what the two routes share, so they cannot drift.
import type { IncomingMessage } from "node:http";
import type { PlainReply } from "../context";
import type { RestError } from "./errors";
import { isOctetStream } from "./request-body";

/** One REST request as either route hands it over. */
export interface RestCall {
  /** Upper case. */
  method: string;
  /** Absolute, as a web Request's. */
  url: string;
  /** Lower-case names, as the fetch Headers give them. */
  headers: Record<string, string>;
  /** Reads the body, refusing one over the limit with 413. */
  body(limit: number): Promise<string>;
}

/**
 * A path under the prefix naming a table, view or function in plain segments: no dot segments,
 * percent escapes or empty segments, so the router would route it here and the URL parser keeps
 * it as it is. The OpenAPI root and anything else stay on the router.
 */
const DIRECT_PATH = /^\/rest\/v1(?:\/[\w\-~!$&'()*+,;=:@][\w\-~!$&'()*+,;=:@.]*)+(?:[?#]|$)/;

/** Whether a request may skip the gateway's router: a plain path, and a body of declared length within the limit. */
export function acceptsDirect(
  incoming: IncomingMessage,
  headers: Record<string, string>,
  limit: number,
): boolean {
  if (
    !DIRECT_PATH.test(incoming.url ?? "") ||
    headers["transfer-encoding"] !== undefined ||
    // The direct route reads bodies as UTF-8; binary ones go through readBody (request-body.ts).
    isOctetStream(headers["content-type"])
  ) {
    return false;
  }
  const declared = headers["content-length"];
  return declared === undefined || Number(declared) <= limit;
}

/** An error as PostgREST renders it: its status, headers and `{code,message,details,hint}`. */
export function errorReply(error: RestError): PlainReply {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  for (const [name, value] of Object.entries(error.headers)) {
    headers[name.toLowerCase()] = value;
  }
  return { status: error.status, headers, body: JSON.stringify(error.body) };
}

/** The Hono route's answer: the same reply as a web Response. */
export const toResponse = ({ status, headers, body }: PlainReply) =>
  new Response(body, { status, headers });
