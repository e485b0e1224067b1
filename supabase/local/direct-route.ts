// The API port's way around Hono for a service's hot requests (REST reads and writes): the same
// gateway work (opaque keys, CORS) and the same bytes on the wire as @hono/node-server writes,
// without its web Request, Hono's router, middleware chain and Context, or the Headers iterated
// again to write them: together a measurable share of a cheap REST request. Anything unusual
// (other methods, odd hosts or paths, chunked bodies) still goes through the router.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { DirectCall, DirectRoute, PlainReply, StackService } from "./context";
import type { HeaderTarget } from "./gateway-cors";
import type { ApiKeys } from "./keys";
import { translateOpaqueKeyHeaders } from "./opaque-keys";

/** Methods Hono routes as they are (HEAD is answered through GET, OPTIONS by the gateway). */
const DIRECT_METHODS = new Set(["GET", "POST", "PATCH", "PUT", "DELETE"]);

/** Hosts @hono/node-server puts in the request URL unchecked (its `reValidHost`). */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost):(\d{1,5})$/;

/** A Host both routes turn into the same URL: node-server's plain hosts, or loopback with a valid port. */
function isPlainHost(host: string | undefined): boolean {
  if (host === undefined) {
    return false;
  }
  const port = LOOPBACK_HOST.exec(host)?.[1];
  return port === undefined ? PLAIN_HOST.test(host) : Number(port) <= 65535;
}

/** node-server's bound on draining a body left unread after the answer (then the socket closes). */
const DRAIN_TIMEOUT_MS = 500;
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Discards what is left of a request body once the answer is out, as node-server does, so a
 * client that announced a body it never sends cannot hold the connection past half a second.
 */
function drainBody(incoming: IncomingMessage): void {
  let read = 0;
  const close = () => {
    cleanup();
    incoming.socket?.destroySoon();
  };
  const timer = setTimeout(close, DRAIN_TIMEOUT_MS);
  timer.unref();
  const onData = (chunk: Buffer) => {
    read += chunk.length;
    if (read > MAX_DRAIN_BYTES) {
      close();
    }
  };
  const cleanup = () => {
    clearTimeout(timer);
    incoming.off("data", onData);
    incoming.off("end", cleanup);
    incoming.off("error", cleanup);
  };
  incoming.on("data", onData);
  incoming.on("end", cleanup);
  incoming.on("error", cleanup);
  incoming.resume();
}

/** node-server's content type for a body that has none. */
const DEFAULT_CONTENT_TYPE = "text/plain; charset=UTF-8";

const isHttpWhitespace = (code: number) => code === 9 || code === 10 || code === 13 || code === 32;

/** Strips leading and trailing HTTP whitespace, as the fetch Headers normalise a value. */
function normalizeValue(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) {
    start++;
  }
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) {
    end--;
  }
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * A request's headers as a record with lower-case names in sorted order, exactly what reading a
 * fetch `Headers` of the same request with `forEach` gives: repeated names joined with ", "
 * ("; " for Cookie), the last Set-Cookie kept. Built from `rawHeaders` with an insertion sort
 * (a request has a dozen headers), so Node's own `incoming.headers` is never materialised.
 * @example requestHeaderRecord(["Accept", "a", "accept", "b"]) // { accept: "a, b" }
 */
export function requestHeaderRecord(rawHeaders: string[]): Record<string, string> {
  const names: string[] = [];
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase();
    const value = normalizeValue(rawHeaders[i + 1] as string);
    const at = names.indexOf(name);
    if (at === -1) {
      let slot = names.length;
      while (slot > 0 && (names[slot - 1] as string) > name) {
        slot--;
      }
      names.splice(slot, 0, name);
      values.splice(slot, 0, value);
    } else if (name === "set-cookie") {
      values[at] = value;
    } else {
      values[at] = `${values[at]}${name === "cookie" ? "; " : ", "}${value}`;
    }
  }
  const record: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    record[names[i] as string] = values[i] as string;
  }
  return record;
}

/** The whole body of a request whose length was declared, as UTF-8 text (a BOM is kept). */
function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.once("end", () => {
      resolve((chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString());
    });
    incoming.once("error", reject);
    incoming.once("close", () => {
      if (!incoming.complete) {
        reject(new Error("Client connection prematurely closed."));
      }
    });
  });
}

/**
 * A request handed to a service: the body is read by a method, so a request makes no closure
 * (under tsx each one also costs a `__name` call, which showed in the profile).
 */
class IncomingCall implements DirectCall {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly #incoming: IncomingMessage;
  constructor(incoming: IncomingMessage, url: string, headers: Record<string, string>) {
    // Node's parser accepts upper-case methods only, so this is already the web Request's.
    this.method = incoming.method ?? "GET";
    this.url = url;
    this.headers = headers;
    this.#incoming = incoming;
  }
  body(): Promise<string> {
    return readBody(this.#incoming);
  }
}

/** One step of the CORS function on a header record: set or append, the name lower-cased. */
type CorsStep = [append: boolean, name: string, value: string];

/** Records what the CORS function does, to replay it on each answer for the same origin. */
class RecordingTarget implements HeaderTarget {
  readonly steps: CorsStep[] = [];
  set(name: string, value: string): void {
    this.steps.push([false, name.toLowerCase(), value]);
  }
  append(name: string, value: string): void {
    this.steps.push([true, name.toLowerCase(), value]);
  }
}

/** Distinct origins whose CORS steps are kept (a browser app has one or two). */
const CORS_ORIGINS_KEPT = 64;

/**
 * The CORS function's steps per origin, worked out once: they depend on the origin alone, and
 * replaying them spares each answer a header target and the names' lower-casing.
 */
function corsStepsFor(addCors: (target: HeaderTarget, origin: string) => void) {
  const byOrigin = new Map<string, CorsStep[]>();
  return (origin: string): CorsStep[] => {
    let steps = byOrigin.get(origin);
    if (steps === undefined) {
      const target = new RecordingTarget();
      addCors(target, origin);
      steps = target.steps;
      if (byOrigin.size >= CORS_ORIGINS_KEPT) {
        byOrigin.clear();
      }
      byOrigin.set(origin, steps);
    }
    return steps;
  };
}

/**
 * Writes a service's plain reply as @hono/node-server writes the same Response (lower-case
 * names, a default content type, a Content-Length for a body), with the gateway's CORS headers
 * added as the middleware adds them.
 */
function writeReply(
  { status, headers, body }: PlainReply,
  outgoing: ServerResponse,
  cors: CorsStep[],
): void {
  const record: OutgoingHttpHeaders = { ...headers };
  for (const [append, name, value] of cors) {
    const before = append ? record[name] : undefined;
    record[name] = before === undefined ? value : `${String(before)}, ${value}`;
  }
  if (body !== null) {
    record["content-type"] ??= DEFAULT_CONTENT_TYPE;
    if (record["content-length"] === undefined) {
      record["Content-Length"] = Buffer.byteLength(body);
    }
  }
  outgoing.writeHead(status, record);
  if (body === null) {
    outgoing.end();
  } else {
    outgoing.end(body);
  }
}

/**
 * Builds the port's dispatcher: a request a service's direct route accepts is answered there and
 * `true` returned; otherwise `false`, and the caller hands it to the router.
 * @example if (!dispatch(incoming, outgoing)) void router(incoming, outgoing);
 */
export function createDirectDispatch(options: {
  services: StackService[];
  keys: ApiKeys;
  /** The gateway's CORS headers for an answer (`corsResponseHeaders`). */
  addCors: (target: HeaderTarget, origin: string) => void;
  log: (message: string) => void;
}): (incoming: IncomingMessage, outgoing: ServerResponse) => boolean {
  const routes = options.services.flatMap((service) =>
    service.direct ? [{ prefix: `${service.prefix}/`, route: service.direct }] : [],
  );
  const corsSteps = corsStepsFor(options.addCors);

  async function serve(
    route: DirectRoute,
    incoming: IncomingMessage,
    outgoing: ServerResponse,
    headers: Record<string, string>,
    host: string,
  ) {
    translateOpaqueKeyHeaders(headers, options.keys);
    const origin = headers.origin || "*";
    let reply: PlainReply;
    try {
      reply = await route.fetch(
        new IncomingCall(incoming, `http://${host}${incoming.url}`, headers),
      );
    } catch (error) {
      // What Hono's default error handler answers for a handler that throws.
      options.log(`direct route: ${error instanceof Error ? error.stack : String(error)}`);
      reply = {
        status: 500,
        headers: { "content-type": DEFAULT_CONTENT_TYPE },
        body: "Internal Server Error",
      };
    }
    writeReply(reply, outgoing, corsSteps(origin));
    if (incoming.method !== "GET" && !incoming.readableEnded && !incoming.destroyed) {
      drainBody(incoming);
    }
  }

  return (incoming, outgoing) => {
    const url = incoming.url ?? "";
    if (!DIRECT_METHODS.has(incoming.method ?? "")) {
      return false;
    }
    let headers: Record<string, string> | undefined;
    for (const { prefix, route } of routes) {
      if (!url.startsWith(prefix)) {
        continue;
      }
      // Read from rawHeaders once: touching `incoming.headers` would have Node build a second
      // record of the same headers. Node keeps the first of repeated Host headers; the record
      // joins them, which no plain host matches, so such a request goes to the router.
      headers ??= requestHeaderRecord(incoming.rawHeaders);
      const host = headers.host;
      if (host === undefined || !isPlainHost(host)) {
        return false;
      }
      if (!route.accepts(incoming, headers)) {
        continue;
      }
      serve(route, incoming, outgoing, headers, host).catch((error: unknown) => {
        options.log(`direct route: ${error instanceof Error ? error.stack : String(error)}`);
        outgoing.destroy();
      });
      return true;
    }
    return false;
  };
}
