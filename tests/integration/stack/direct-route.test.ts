// REST's direct route around the router must answer byte for byte as the router does: two stacks
// on one database, one with direct routes and one without, get the same raw HTTP requests, and
// every status, header (but Date) and body is compared.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalStack, startLocalStack } from "../../../supabase/local/stack";
import { type RestStack, SCHEMAS, startRestStack } from "../rest/fixture";

const ENV = {
  REST_MAX_BODY_BYTES: "2000",
  PGRST_DB_TX_END: "commit-allow-override",
};

let direct: RestStack;
let routed: LocalStack;
let tokens: Record<"service" | "anon" | "expired" | "forged", string>;

beforeAll(async () => {
  direct = await startRestStack(ENV);
  routed = await startLocalStack({
    port: 0,
    keys: direct.keys,
    databaseUrl: direct.db.ownerUrl,
    env: { PGRST_DB_SCHEMAS: SCHEMAS, STORAGE_DIR: direct.storageDir, ...ENV },
    directRoutes: false,
  });
  tokens = {
    service: direct.keys.serviceRoleKey,
    anon: direct.keys.anonKey,
    expired: await direct.userToken("00000000-0000-0000-0000-000000000001", {
      exp: Math.floor(Date.now() / 1000) - 3600,
    }),
    forged: `${direct.keys.anonKey.slice(0, -4)}AAAA`,
  };
});
afterAll(async () => {
  await routed?.stop();
  await direct?.stop();
});

/** Names as sent; an array value sends the header once per element. */
type HeaderMap = Record<string, string | string[]>;

interface RawRequest {
  method: string;
  path: string;
  headers?: HeaderMap;
  /** A string is sent with its Content-Length; an array is sent chunked, without one. */
  body?: string | string[];
}

interface RawAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

function send(base: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(base);
  const headers: HeaderMap = { ...request.headers };
  if (typeof request.body === "string") {
    headers["Content-Length"] = String(Buffer.byteLength(request.body));
  }
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: url.hostname, port: url.port, method: request.method, path: request.path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const pairs: [string, string][] = [];
          for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) {
            const name = (response.rawHeaders[i] as string).toLowerCase();
            if (name !== "date") {
              pairs.push([name, response.rawHeaders[i + 1] as string]);
            }
          }
          pairs.sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs,
            // The OpenAPI document names the stack's own host.
            body: Buffer.concat(chunks).toString().replaceAll(url.host, "HOST"),
          });
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    if (Array.isArray(request.body)) {
      for (const chunk of request.body) {
        outgoing.write(chunk);
      }
    } else if (request.body !== undefined) {
      outgoing.write(request.body);
    }
    outgoing.end();
  });
}

const api = (token: string, extra: HeaderMap = {}): HeaderMap => ({
  apikey: direct.keys.anonKey,
  Authorization: `Bearer ${token}`,
  "Accept-Profile": "api_test",
  "Content-Profile": "api_test",
  ...extra,
});

const get = (path: string, headers: HeaderMap = api(tokens.anon)): RawRequest => ({
  method: "GET",
  path,
  headers,
});

/** A JSON write, as the service role unless `token` says otherwise. */
const write = (
  method: string,
  path: string,
  body: string | string[],
  { token = tokens.service, prefer }: { token?: string; prefer?: string } = {},
): RawRequest => ({
  method,
  path,
  headers: api(token, { "Content-Type": "application/json", ...(prefer && { Prefer: prefer }) }),
  body,
});

/** Each request, built once the tokens exist. */
const cases: Record<string, () => RawRequest> = {
  "a filtered, ordered, counted page": () =>
    get(
      "/rest/v1/books?select=id,title,author:authors(name)&pages=gt.150&order=id.desc&limit=2&offset=1",
      api(tokens.service, { Prefer: "count=exact", Origin: "http://app.test" }),
    ),
  "a single object": () =>
    get(
      "/rest/v1/books?id=eq.3",
      api(tokens.anon, { Accept: "application/vnd.pgrst.object+json" }),
    ),
  "a CSV read": () => get("/rest/v1/authors?order=id", api(tokens.anon, { Accept: "text/csv" })),
  "an insert rolled back, with representation": () =>
    write(
      "POST",
      "/rest/v1/items?select=id,code,qty,note",
      JSON.stringify([{ id: 901, code: "é-901" }]),
      { prefer: "return=representation, tx=rollback" },
    ),
  "a body starting with a byte-order mark": () =>
    write("POST", "/rest/v1/items", `\uFEFF${JSON.stringify({ id: 902 })}`, {
      prefer: "tx=rollback",
    }),
  "a unique violation": () =>
    write("POST", "/rest/v1/authors", JSON.stringify({ id: 1, name: "again" })),
  "malformed JSON": () => write("POST", "/rest/v1/items", "{"),
  "an update matching nothing": () =>
    write("PATCH", "/rest/v1/items?id=eq.-1", JSON.stringify({ qty: 3 }), {
      prefer: "return=representation",
    }),
  "a delete rolled back": () => ({
    method: "DELETE",
    path: "/rest/v1/numbers?n=lte.3",
    headers: api(tokens.service, { Prefer: "return=representation, count=exact, tx=rollback" }),
  }),
  "a PUT with a mismatched key": () =>
    write("PUT", "/rest/v1/authors?id=eq.9", JSON.stringify({ id: 10, name: "x" }), {
      prefer: "tx=rollback",
    }),
  "an RPC": () =>
    write("POST", "/rest/v1/rpc/add", JSON.stringify({ a: 2, b: 5 }), { token: tokens.anon }),
  "an RPC by GET that fails": () => get("/rest/v1/rpc/fail"),
  "an expired token": () => get("/rest/v1/books", api(tokens.expired)),
  "a forged token": () => get("/rest/v1/books", api(tokens.forged)),
  "no token at all": () => get("/rest/v1/authors?id=eq.1", { "Accept-Profile": "api_test" }),
  "opaque keys in apikey and Authorization": () =>
    get("/rest/v1/authors?id=eq.2", {
      apikey: direct.keys.publishableKey,
      Authorization: `Bearer ${direct.keys.secretKey}`,
      "Accept-Profile": "api_test",
    }),
  "repeated headers": () =>
    get("/rest/v1/authors?select=id&order=id", {
      ...api(tokens.anon),
      Accept: ["application/json", "text/csv;q=0.5"],
      Cookie: ["a=1", "b=2"],
      Prefer: ["count=exact", "handling=lenient"],
      Origin: "http://app.test",
    }),
  "an unknown table": () => get("/rest/v1/nothing_here"),
  "an unknown schema": () =>
    get("/rest/v1/books", api(tokens.anon, { "Accept-Profile": "nowhere" })),
  "a bad filter": () => get("/rest/v1/books?id=zz.1"),
  "a body over the limit, declared": () =>
    write("POST", "/rest/v1/items", JSON.stringify({ id: 903, note: "x".repeat(3000) })),
  "a chunked body over the limit": () =>
    write("POST", "/rest/v1/items", ['{"id": 904, "note": "', "y".repeat(2500), '"}']),
  "a chunked body within the limit": () =>
    write("POST", "/rest/v1/items?select=id", ['{"id": 905', "}"], {
      prefer: "return=representation, tx=rollback",
    }),
  "a path with a dot segment": () => get("/rest/v1/../rest/v1/authors?id=eq.1"),
  "a percent-encoded path": () => get("/rest/v1/%61uthors?id=eq.1"),
  "a trailing slash": () => get("/rest/v1/authors/?id=eq.1"),
  "the OpenAPI root": () => get("/rest/v1/?x=1"),
  "a HEAD": () => ({
    method: "HEAD",
    path: "/rest/v1/authors?order=id",
    headers: api(tokens.anon),
  }),
  "a preflight": () => ({
    method: "OPTIONS",
    path: "/rest/v1/authors",
    headers: {
      Origin: "http://app.test",
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, apikey",
    },
  }),
  "another Host": () =>
    get("/rest/v1/authors?id=eq.3", api(tokens.anon, { Host: "localhost:8080" })),
  "an upper-case Host": () =>
    get("/rest/v1/authors?id=eq.3", api(tokens.anon, { Host: "LOCALHOST" })),
};

describe("the direct REST route", () => {
  for (const [name, request] of Object.entries(cases)) {
    it(`answers ${name} as the router does`, async () => {
      const viaRouter = await send(routed.url, request());
      const viaDirect = await send(direct.url, request());
      expect(viaDirect).toEqual(viaRouter);
      expect(viaDirect.status).toBeGreaterThanOrEqual(200);
    });
  }

  it("answers a read with the rows and the gateway's CORS headers", async () => {
    const answer = await send(direct.url, {
      method: "GET",
      path: "/rest/v1/authors?select=id,name&id=lte.2&order=id",
      headers: api(tokens.anon, { Origin: "http://app.test" }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual([
      { id: 1, name: "Ursula" },
      { id: 2, name: "Stanislaw" },
    ]);
    expect(answer.headers).toContainEqual(["access-control-allow-origin", "http://app.test"]);
    expect(answer.headers).toContainEqual(["vary", "Origin"]);
  });

  it("changed nothing with the rolled-back writes", async () => {
    const [items] = await direct.owner<
      { count: number }[]
    >`select count(*)::int from api_test.items`;
    const [numbers] = await direct.owner<
      { count: number }[]
    >`select count(*)::int from api_test.numbers`;
    expect(items?.count).toBe(0);
    expect(numbers?.count).toBe(1500);
  });
});
