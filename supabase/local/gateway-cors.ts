// The gateway's CORS headers, answered as hono/cors answers them (origin echoed or `*`, with
// credentials), but added after the handler: hono/cors touches the response first, which makes
// Hono rebuild every handler's Response as a stream (a measurable share of a REST request).
import type { MiddlewareHandler } from "hono";

export interface GatewayCorsOptions {
  allowMethods: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/** What CORS headers are written to: a fetch `Headers`, or anything with its set and append. */
export interface HeaderTarget {
  set(name: string, value: string): void;
  append(name: string, value: string): void;
}

/**
 * The headers every non-preflight answer gets, set on the handler's own `Headers`; shared by the
 * middleware and the stack's direct route so both answer alike.
 * @example const addCors = corsResponseHeaders(options); addCors(response.headers, origin);
 */
export function corsResponseHeaders(
  options: GatewayCorsOptions,
): (headers: HeaderTarget, origin: string) => void {
  const exposed = options.exposeHeaders.join(",");
  return (headers, origin) => {
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Credentials", "true");
    if (exposed) {
      headers.set("Access-Control-Expose-Headers", exposed);
    }
    headers.append("Vary", "Origin");
  };
}

/**
 * @example app.use("*", gatewayCors({ allowMethods: ["GET"], exposeHeaders: [], maxAge: 86400 }));
 */
export function gatewayCors(options: GatewayCorsOptions): MiddlewareHandler {
  const methods = options.allowMethods.join(",");
  const exposed = options.exposeHeaders.join(",");
  const addCors = corsResponseHeaders(options);
  return async (c, next) => {
    const origin = c.req.header("origin") || "*";
    if (c.req.method === "OPTIONS") {
      const headers = new Headers([
        ["Access-Control-Allow-Origin", origin],
        ["Access-Control-Allow-Credentials", "true"],
      ]);
      if (exposed) {
        headers.set("Access-Control-Expose-Headers", exposed);
      }
      headers.append("Vary", "Origin");
      headers.set("Access-Control-Max-Age", String(options.maxAge));
      headers.set("Access-Control-Allow-Methods", methods);
      const requested = c.req.header("access-control-request-headers");
      if (requested) {
        headers.set(
          "Access-Control-Allow-Headers",
          requested
            .split(",")
            .map((name) => name.trim())
            .join(","),
        );
        headers.append("Vary", "Access-Control-Request-Headers");
      }
      return new Response(null, { status: 204, statusText: "No Content", headers });
    }
    await next();
    addCors(c.res.headers, origin);
  };
}
