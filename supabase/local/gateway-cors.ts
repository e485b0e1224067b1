// The gateway's CORS headers, answered as hono/cors answers them (origin echoed or `*`, with
// credentials), but added after the handler: hono/cors touches the response first, which makes
// Hono rebuild every handler's Response as a stream (a measurable share of a REST request).
import type { MiddlewareHandler } from "hono";

export interface GatewayCorsOptions {
  allowMethods: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/**
 * @example app.use("*", gatewayCors({ allowMethods: ["GET"], exposeHeaders: [], maxAge: 86400 }));
 */
export function gatewayCors(options: GatewayCorsOptions): MiddlewareHandler {
  const methods = options.allowMethods.join(",");
  const exposed = options.exposeHeaders.join(",");
  const common = (origin: string): [string, string][] => [
    ["Access-Control-Allow-Origin", origin],
    ["Access-Control-Allow-Credentials", "true"],
    ...(exposed ? ([["Access-Control-Expose-Headers", exposed]] as [string, string][]) : []),
  ];
  return async (c, next) => {
    const origin = c.req.header("origin") || "*";
    if (c.req.method === "OPTIONS") {
      const headers = new Headers(common(origin));
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
    const headers = c.res.headers;
    for (const [name, value] of common(origin)) {
      headers.set(name, value);
    }
    headers.append("Vary", "Origin");
  };
}
