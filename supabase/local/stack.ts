// The local Supabase-compatible API on one port: each service is mounted under its prefix,
// with the CORS answers hosted Supabase's gateway gives (SUPABASE-CONTRACT.md §0).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { z } from "zod";
import { createAuthService } from "./auth/service";
import type { StackContext, StackService } from "./context";
import { createDirectDispatch } from "./direct-route";
import { createFunctionsService } from "./functions/service";
import { corsResponseHeaders, gatewayCors } from "./gateway-cors";
import type { ApiKeys } from "./keys";
import { translateOpaqueKeys } from "./opaque-keys";
import { parseEnv } from "./parse-env";
import { createRealtimeService } from "./realtime/service";
import { createRestService } from "./rest/service";
import { createStorageService } from "./storage/service";

export interface LocalStackOptions {
  /** API port; 0 picks a free one (tests). */
  port: number;
  keys: ApiKeys;
  /** Any role's URL of the database to serve; the role and password are swapped per service. */
  databaseUrl: string;
  env?: Record<string, string | undefined>;
  log?: (message: string) => void;
  /**
   * `false` sends every request through the router, the direct routes (REST) included: the
   * tests compare both routes' answers.
   */
  directRoutes?: boolean;
}

export interface LocalStack {
  url: string;
  keys: ApiKeys;
  stop(): Promise<void>;
}

const exposedHeaders = [
  "Content-Range",
  "Content-Profile",
  "Content-Location",
  "Location",
  "Preference-Applied",
  "X-Total-Count",
  "Link",
  "X-Supabase-Api-Version",
  "x-sb-error-code",
  "Retry-After",
];

/** Swaps the login role of a connection URL; locally every role shares the bootstrap password. */
export function roleUrl(databaseUrl: string, role: string): string {
  const url = new URL(databaseUrl);
  url.username = role;
  return url.toString();
}

/**
 * Header size and timeouts of the API port. PostgREST clients put whole `in.(…)` lists in the
 * URL, so 1 MiB of request line and headers is allowed (431 beyond). A client that trickles its
 * headers (slowloris) is cut off after API_HEADERS_TIMEOUT_MS with a 408; a whole request may take
 * API_REQUEST_TIMEOUT_MS, long enough for a large storage upload on a slow link.
 */
const limitsSchema = z.object({
  API_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  API_MAX_HEADER_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  API_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
});

function serverLimits(env: Record<string, string | undefined>) {
  const limits = parseEnv("api", limitsSchema, env);
  const headersTimeout = limits.API_HEADERS_TIMEOUT_MS;
  return {
    maxHeaderSize: limits.API_MAX_HEADER_BYTES,
    headersTimeout,
    requestTimeout: Math.max(limits.API_REQUEST_TIMEOUT_MS, headersTimeout),
    // How often Node looks for connections past those limits (its default is 30 s).
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  };
}

/** What the port answers while the services are still starting: a JSON 503 clients may retry. */
function notReady(): Response {
  return new Response(
    JSON.stringify({
      code: "PGRST002",
      message: "The local stack is starting; try again in a moment.",
      details: null,
      hint: null,
    }),
    { status: 503, headers: { "content-type": "application/json", "retry-after": "1" } },
  );
}

/**
 * Starts every service on one HTTP port. The port listens first (the services need its URL),
 * but answers 503 until every route is mounted: Hono refuses routes added after its first
 * request, so a request during start-up must never reach the app being built.
 * @example const stack = await startLocalStack({ port: 54321, keys, databaseUrl });
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const app = new Hono();
  let ready: Hono | undefined;
  const corsOptions = {
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"],
    exposeHeaders: exposedHeaders,
    maxAge: 86400,
  };
  const cors = gatewayCors(corsOptions);
  // Hosted Supabase leaves CORS of Edge Functions to the function (SUPABASE-CONTRACT.md §7):
  // answering for them here would hide a function that forgets it until it is deployed.
  app.use("*", (c, next) => (c.req.path.startsWith("/functions/v1/") ? next() : cors(c, next)));

  const limits = serverLimits(options.env ?? {});
  const hostname = "127.0.0.1";
  const router = getRequestListener(
    (request, env) =>
      ready ? ready.fetch(translateOpaqueKeys(request, options.keys), env) : notReady(),
    { hostname },
  );
  // Set once every service is mounted: until then every request gets the router's 503.
  let direct: ((incoming: IncomingMessage, outgoing: ServerResponse) => boolean) | undefined;
  const server = createServer(limits, (incoming, outgoing) => {
    if (!direct?.(incoming, outgoing)) {
      void router(incoming, outgoing);
    }
  });
  server.listen(options.port, hostname);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  const context: StackContext = {
    apiUrl: `http://127.0.0.1:${port}`,
    keys: options.keys,
    databaseUrl: (role) => roleUrl(options.databaseUrl, role),
    env: options.env ?? {},
    log: options.log ?? (() => {}),
  };

  const services: StackService[] = [];
  try {
    services.push(await createRestService(context));
    services.push(await createAuthService(context));
    services.push(await createFunctionsService(context));
    services.push(await createStorageService(context));
    services.push(await createRealtimeService(context));
  } catch (error) {
    await Promise.all(services.map((service) => service.close()));
    server.close();
    throw error;
  }
  // Hosted Supabase's gateway answers a path no service serves in JSON, as every error here.
  app.notFound((c) => c.json({ message: "no Route matched with those values" }, 404));
  app.get("/health", (c) =>
    c.json({ status: "ok", services: services.map((service) => service.prefix) }),
  );
  for (const service of services) {
    app.route(service.prefix, service.app);
  }
  // WebSocket upgrades bypass Hono: the first service that claims the path takes the socket.
  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const claimed = services.some((service) => service.upgrade?.(request, socket, head) === true);
    if (!claimed) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
    }
  });
  direct =
    options.directRoutes === false
      ? undefined
      : createDirectDispatch({
          services,
          keys: options.keys,
          addCors: corsResponseHeaders(corsOptions),
          log: context.log,
        });
  ready = app;

  return {
    url: context.apiUrl,
    keys: options.keys,
    async stop() {
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) {
          server.closeAllConnections();
        }
      });
      // Upgraded sockets (Realtime) keep the server open until their service ends them.
      await Promise.all(services.map((service) => service.close()));
      await closed;
    },
  };
}
