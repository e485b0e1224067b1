// Hostile input: injection attempts in every place a request carries text are refused cleanly
// or treated as plain values, malformed requests get a 4xx JSON error (never a 500 or a hang),
// and a checksum of every table proves the database did not change.
// Just over ~300 lines on purpose: one table of injection places, checked by one checksum.
import { beforeAll, describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";

const stack = restStackForFile({ REST_MAX_BODY_BYTES: "1000000" });
let before: Map<string, string>;

beforeAll(async () => {
  before = await checksums();
});

/** md5 of every row of every table in the exposed and auth schemas, as the superuser sees them. */
async function checksums(): Promise<Map<string, string>> {
  const tables = await stack.owner<{ name: string }[]>`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
    where schemaname in ('public', 'api_test', 'auth') order by 1`;
  const sums = new Map<string, string>();
  for (const { name } of tables) {
    const [row] = await stack.owner.unsafe<{ sum: string }[]>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${name} t`,
    );
    sums.set(name, row?.sum ?? "");
  }
  return sums;
}

interface Attempt {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

async function send(attempt: Attempt): Promise<{ status: number; body: string }> {
  const response = await fetch(`${stack.rest}${attempt.path}`, {
    method: attempt.method ?? "GET",
    headers: {
      "Accept-Profile": "api_test",
      "Content-Profile": "api_test",
      "Content-Type": "application/json",
      Authorization: `Bearer ${stack.keys.serviceRoleKey}`,
      ...attempt.headers,
    },
    body: attempt.body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.text() };
}

/** A POST of `body` (sent as JSON unless already text). */
const post = (path: string, body: unknown): Attempt => ({
  method: "POST",
  path,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

const drop = encodeURIComponent("; drop table api_test.books; --");

const injections: [string, Attempt][] = [
  ["a column name in select", { path: `/books?select=id${drop}` }],
  [
    "an alias",
    {
      path: `/books?select=${encodeURIComponent('x" from api_test.books; delete from api_test.books; --:id')}`,
    },
  ],
  [
    "a quoted column name",
    { path: `/books?select=${encodeURIComponent('"id""; drop table api_test.books; --"')}` },
  ],
  [
    "a cast",
    { path: `/books?select=${encodeURIComponent("id::int); drop table api_test.books; --")}` },
  ],
  [
    "a JSON path key",
    { path: `/books?select=${encodeURIComponent("data->>lang'); drop table api_test.books; --")}` },
  ],
  [
    "an embed name",
    { path: `/books?select=${encodeURIComponent("*,reviews;drop table api_test.books(*)")}` },
  ],
  [
    "an embed hint",
    { path: `/books?select=${encodeURIComponent("*,authors!x; drop table api_test.books(*)")}` },
  ],
  ["a filter column", { path: `/books?${encodeURIComponent("id) or 1=1; --")}=eq.1` }],
  [
    "a filter operator",
    { path: `/books?id=${encodeURIComponent("eq);delete from api_test.books;--.1")}` },
  ],
  [
    "a filter value",
    { path: `/books?title=eq.${encodeURIComponent("x'; delete from api_test.books; --")}` },
  ],
  [
    "an in list",
    { path: `/books?id=in.${encodeURIComponent('(1,"2); delete from api_test.books; --")')}` },
  ],
  [
    "an fts language",
    {
      path: `/books?search=fts(${encodeURIComponent("english'); delete from api_test.books; --")}).x`,
    },
  ],
  [
    "a logic tree",
    { path: `/books?or=${encodeURIComponent("(id.eq.1);delete from api_test.books;--,id.eq.2)")}` },
  ],
  ["an order", { path: `/books?order=${encodeURIComponent("id; delete from api_test.books")}` }],
  [
    "an order direction",
    { path: `/books?order=${encodeURIComponent("id.desc; delete from api_test.books")}` },
  ],
  ["a limit", { path: `/books?limit=${encodeURIComponent("1; delete from api_test.books")}` }],
  [
    "on_conflict",
    {
      method: "POST",
      path: `/items?on_conflict=${encodeURIComponent("id) do nothing; delete from api_test.books; --")}`,
      headers: { Prefer: "resolution=merge-duplicates" },
      body: '{"id":1}',
    },
  ],
  [
    "columns",
    post(`/items?columns=${encodeURIComponent('id"); delete from api_test.books; --')}`, { id: 1 }),
  ],
  ["a body key", post("/items", { 'id") values (1); delete from api_test.books; --': 1 })],
  ["a body value", post("/items", { id: "1); delete from api_test.books; --" })],
  [
    "an RPC name",
    post(`/rpc/${encodeURIComponent("add(1,1); delete from api_test.books; --")}`, {}),
  ],
  ["an RPC argument name", post("/rpc/add", { "a := 1); delete from api_test.books; --": 1 })],
  ["an RPC argument value", post("/rpc/add", { a: "1); delete from api_test.books; --" })],
  [
    "an RPC GET argument",
    { path: `/rpc/add?a=${encodeURIComponent("1); delete from api_test.books; --")}` },
  ],
  [
    "Accept-Profile",
    { path: "/books", headers: { "Accept-Profile": 'api_test"; delete from api_test.books; --' } },
  ],
  [
    "Content-Profile",
    {
      method: "PATCH",
      path: "/items?id=eq.1",
      headers: { "Content-Profile": "public; drop table api_test.books" },
      body: '{"qty":1}',
    },
  ],
  [
    "Prefer",
    {
      path: "/books",
      headers: { Prefer: "count=exact; drop table api_test.books, handling=lenient" },
    },
  ],
  ["Range", { path: "/books", headers: { Range: "0-1; drop table api_test.books" } }],
  [
    "a JWT role claim",
    {
      path: "/books",
      headers: { Authorization: "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoicG9zdGdyZXMifQ." },
    },
  ],
  ["a table name", { path: `/${encodeURIComponent("books; drop table api_test.books; --")}` }],
];

describe("injection attempts", () => {
  it.each(injections)("treats %s as data or refuses it with a 4xx", async (_where, attempt) => {
    const { status, body } = await send(attempt);
    expect(status).toBeLessThan(500);
    if (status >= 400) {
      expect(Object.keys(JSON.parse(body) as object).sort()).toEqual([
        "code",
        "details",
        "hint",
        "message",
      ]);
    }
  });

  it("read a hostile filter value as a plain string", async () => {
    const { data, error } = await stack
      .client()
      .schema("api_test")
      .from("books")
      .select("id")
      .eq("title", "x' or '1'='1");
    expect([data, error]).toEqual([[], null]);
  });
});

describe("malformed requests", () => {
  const malformed: [string, Attempt, number][] = [
    ["invalid JSON", { method: "POST", path: "/items", body: "{not json" }, 400],
    ["an empty body", { method: "POST", path: "/items", body: "" }, 400],
    ["a scalar body", { method: "POST", path: "/items", body: "42" }, 400],
    [
      "deeply nested JSON",
      { method: "POST", path: "/items", body: `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
      400,
    ],
    [
      "absurdly deep or nesting",
      { path: `/books?or=${"or(".repeat(5000).replace(/^or/, "")}id.eq.1${")".repeat(5000)}` },
      400,
    ],
    [
      "absurdly deep embedding",
      { path: `/books?select=${"reviews(".repeat(3000)}id${")".repeat(3000)}` },
      400,
    ],
    ["unbalanced parentheses", { path: "/books?select=id,reviews(stars" }, 400],
    ["a NUL byte in a value", { path: "/books?title=eq.a%00b" }, 400],
    ["a NUL byte in an alias", { path: "/books?select=a%00b:id" }, 400],
    ["bad percent-encoding in the path", { path: "/%E0%A4%A" }, 400],
    ["an oversized limit", { path: "/books?limit=99999999999999999999" }, 400],
    ["an unknown method", { method: "COPY", path: "/books?id=eq.1", body: "{}" }, 405],
    [
      "more conditions than the protocol can bind",
      { path: `/books?or=(${Array.from({ length: 70_000 }, (_, i) => `id.eq.${i}`).join(",")})` },
      400,
    ],
    ["a huge select item", { path: `/books?select=${"a".repeat(500_000)}` }, 400],
  ];

  it.each(malformed)("answers %s with a 4xx JSON error", async (_what, attempt, expected) => {
    const { status, body } = await send(attempt);
    expect(status).toBe(expected);
    expect(JSON.parse(body)).toHaveProperty("code");
  });

  it("refuses a body over the configured size with 413 and the gateway's message", async () => {
    const rows = JSON.stringify(
      Array.from({ length: 40_000 }, (_, i) => ({ id: 10_000 + i, note: "x".repeat(40) })),
    );
    const { status, body } = await send({ method: "POST", path: "/items", body: rows });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ message: "Request size limit exceeded", hint: null });
  });

  it("refuses an over-long URL with a 4xx instead of hanging", async () => {
    const response = await fetch(`${stack.rest}/books?title=eq.${"x".repeat(2_000_000)}`, {
      signal: AbortSignal.timeout(15_000),
    }).catch((error: unknown) => error);
    expect(response instanceof Response ? response.status : 0).toBe(431);
  });
});

describe("big but legitimate input", () => {
  it("answers a 10k-element in list, capped at 1000 rows with the exact count", async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const { data, count, status } = await stack
      .client()
      .schema("api_test")
      .from("numbers")
      .select("n", { count: "exact" })
      .in("n", values);
    expect(status).toBe(206);
    expect(count).toBe(1500);
    expect(data).toHaveLength(1000);
  });
});

describe("afterwards", () => {
  it("left every table exactly as it was", async () => {
    expect(await checksums()).toEqual(before);
  });
});
