// REST's direct route around the router must answer byte for byte as the router does: two stacks
// on one database, one with direct routes and one without, get the same raw HTTP requests, and
// every status, header (but Date) and body is compared. Longer than ~300 lines on purpose: the
// two stacks start once and every kind of request is compared on them.
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

interface RawRequest {
  method: string;
  path: string;
  /** Names as sent; an array value sends the header once per element. */
  headers?: Record<string, string | string[]>;
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
  const headers: Record<string, string | string[]> = { ...request.headers };
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

const api = (token: string, extra: Record<string, string | string[]> = {}) => ({
  apikey: direct.keys.anonKey,
  Authorization: `Bearer ${token}`,
  "Accept-Profile": "api_test",
  "Content-Profile": "api_test",
  ...extra,
});

const cases: [string, () => RawRequest][] = [
  [
    "a filtered, ordered, counted page",
    () => ({
      method: "GET",
      path: "/rest/v1/books?select=id,title,author:authors(name)&pages=gt.150&order=id.desc&limit=2&offset=1",
      headers: api(tokens.service, { Prefer: "count=exact", Origin: "http://app.test" }),
    }),
  ],
  [
    "a single object",
    () => ({
      method: "GET",
      path: "/rest/v1/books?id=eq.3",
      headers: api(tokens.anon, { Accept: "application/vnd.pgrst.object+json" }),
    }),
  ],
  [
    "a CSV read",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?order=id",
      headers: api(tokens.anon, { Accept: "text/csv" }),
    }),
  ],
  [
    "an insert rolled back, with representation",
    () => ({
      method: "POST",
      path: "/rest/v1/items?select=id,code,qty,note",
      headers: api(tokens.service, {
        "Content-Type": "application/json",
        Prefer: "return=representation, tx=rollback",
      }),
      body: JSON.stringify([{ id: 901, code: "é-901" }]),
    }),
  ],
  [
    "a body starting with a byte-order mark",
    () => ({
      method: "POST",
      path: "/rest/v1/items",
      headers: api(tokens.service, { "Content-Type": "application/json", Prefer: "tx=rollback" }),
      body: `\uFEFF${JSON.stringify({ id: 902 })}`,
    }),
  ],
  [
    "a unique violation",
    () => ({
      method: "POST",
      path: "/rest/v1/authors",
      headers: api(tokens.service, { "Content-Type": "application/json" }),
      body: JSON.stringify({ id: 1, name: "again" }),
    }),
  ],
  [
    "malformed JSON",
    () => ({
      method: "POST",
      path: "/rest/v1/items",
      headers: api(tokens.service, { "Content-Type": "application/json" }),
      body: "{",
    }),
  ],
  [
    "an update matching nothing",
    () => ({
      method: "PATCH",
      path: "/rest/v1/items?id=eq.-1",
      headers: api(tokens.service, {
        "Content-Type": "application/json",
        Prefer: "return=representation",
      }),
      body: JSON.stringify({ qty: 3 }),
    }),
  ],
  [
    "a delete rolled back",
    () => ({
      method: "DELETE",
      path: "/rest/v1/numbers?n=lte.3",
      headers: api(tokens.service, { Prefer: "return=representation, count=exact, tx=rollback" }),
    }),
  ],
  [
    "a PUT with a mismatched key",
    () => ({
      method: "PUT",
      path: "/rest/v1/authors?id=eq.9",
      headers: api(tokens.service, { "Content-Type": "application/json", Prefer: "tx=rollback" }),
      body: JSON.stringify({ id: 10, name: "x" }),
    }),
  ],
  [
    "an RPC",
    () => ({
      method: "POST",
      path: "/rest/v1/rpc/add",
      headers: api(tokens.anon, { "Content-Type": "application/json" }),
      body: JSON.stringify({ a: 2, b: 5 }),
    }),
  ],
  [
    "an RPC by GET that fails",
    () => ({ method: "GET", path: "/rest/v1/rpc/fail", headers: api(tokens.anon) }),
  ],
  [
    "an expired token",
    () => ({ method: "GET", path: "/rest/v1/books", headers: api(tokens.expired) }),
  ],
  [
    "a forged token",
    () => ({ method: "GET", path: "/rest/v1/books", headers: api(tokens.forged) }),
  ],
  [
    "no token at all",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?id=eq.1",
      headers: { "Accept-Profile": "api_test" },
    }),
  ],
  [
    "opaque keys in apikey and Authorization",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?id=eq.2",
      headers: {
        apikey: direct.keys.publishableKey,
        Authorization: `Bearer ${direct.keys.secretKey}`,
        "Accept-Profile": "api_test",
      },
    }),
  ],
  [
    "repeated headers",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?select=id&order=id",
      headers: {
        ...api(tokens.anon),
        Accept: ["application/json", "text/csv;q=0.5"],
        Cookie: ["a=1", "b=2"],
        Prefer: ["count=exact", "handling=lenient"],
        Origin: "http://app.test",
      },
    }),
  ],
  [
    "an unknown table",
    () => ({ method: "GET", path: "/rest/v1/nothing_here", headers: api(tokens.anon) }),
  ],
  [
    "an unknown schema",
    () => ({
      method: "GET",
      path: "/rest/v1/books",
      headers: api(tokens.anon, { "Accept-Profile": "nowhere" }),
    }),
  ],
  [
    "a bad filter",
    () => ({ method: "GET", path: "/rest/v1/books?id=zz.1", headers: api(tokens.anon) }),
  ],
  [
    "a body over the limit, declared",
    () => ({
      method: "POST",
      path: "/rest/v1/items",
      headers: api(tokens.service, { "Content-Type": "application/json" }),
      body: JSON.stringify({ id: 903, note: "x".repeat(3000) }),
    }),
  ],
  [
    "a chunked body over the limit",
    () => ({
      method: "POST",
      path: "/rest/v1/items",
      headers: api(tokens.service, { "Content-Type": "application/json" }),
      body: ['{"id": 904, "note": "', "y".repeat(2500), '"}'],
    }),
  ],
  [
    "a chunked body within the limit",
    () => ({
      method: "POST",
      path: "/rest/v1/items?select=id",
      headers: api(tokens.service, {
        "Content-Type": "application/json",
        Prefer: "return=representation, tx=rollback",
      }),
      body: ['{"id": 905', "}"],
    }),
  ],
  [
    "a path with a dot segment",
    () => ({
      method: "GET",
      path: "/rest/v1/../rest/v1/authors?id=eq.1",
      headers: api(tokens.anon),
    }),
  ],
  [
    "a percent-encoded path",
    () => ({ method: "GET", path: "/rest/v1/%61uthors?id=eq.1", headers: api(tokens.anon) }),
  ],
  [
    "a trailing slash",
    () => ({ method: "GET", path: "/rest/v1/authors/?id=eq.1", headers: api(tokens.anon) }),
  ],
  ["the OpenAPI root", () => ({ method: "GET", path: "/rest/v1/?x=1", headers: api(tokens.anon) })],
  [
    "a HEAD",
    () => ({ method: "HEAD", path: "/rest/v1/authors?order=id", headers: api(tokens.anon) }),
  ],
  [
    "a preflight",
    () => ({
      method: "OPTIONS",
      path: "/rest/v1/authors",
      headers: {
        Origin: "http://app.test",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, apikey",
      },
    }),
  ],
  [
    "another Host",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?id=eq.3",
      headers: api(tokens.anon, { Host: "localhost:8080" }),
    }),
  ],
  [
    "an upper-case Host",
    () => ({
      method: "GET",
      path: "/rest/v1/authors?id=eq.3",
      headers: api(tokens.anon, { Host: "LOCALHOST" }),
    }),
  ],
];

describe("the direct REST route", () => {
  for (const [name, request] of cases) {
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
