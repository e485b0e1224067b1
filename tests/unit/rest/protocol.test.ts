import { describe, expect, it } from "vitest";
import { apiKeysFor, signJwt } from "../../../supabase/local/keys";
import { createAuthenticator } from "../../../supabase/local/rest/authenticate";
import { parseRestConfig } from "../../../supabase/local/rest/config";
import { noPreferences } from "../../../supabase/local/rest/parse-headers";
import { parseRequest } from "../../../supabase/local/rest/parse-request";
import { statusForSqlState } from "../../../supabase/local/rest/postgres-errors";
import { rangeStatus } from "../../../supabase/local/rest/respond";

const SECRET = "unit-secret-with-at-least-32-characters!!";
const config = async (env: Record<string, string> = {}) =>
  parseRestConfig(env, await apiKeysFor(SECRET));

describe("statusForSqlState", () => {
  it.each([
    ["42501", false, 403],
    ["42501", true, 401],
    ["23505", false, 409],
    ["23503", false, 409],
    ["22P02", false, 400],
    ["P0001", false, 400],
    ["42883", false, 404],
    ["42P01", false, 404],
    ["25006", false, 405],
    ["08006", false, 503],
    ["53300", false, 503],
    ["28000", false, 403],
    ["42P17", false, 500],
    ["XX000", false, 500],
    ["PT402", false, 402],
    ["99999", false, 400],
  ] as const)("maps %s (anon: %s) to %i", (code, anon, status) => {
    expect(statusForSqlState(code, anon)).toBe(status);
  });

  it("reads the message where PostgREST does: safeupdate's 21000 and an unknown role's 22023", () => {
    expect(statusForSqlState("21000", false, "DELETE requires a WHERE clause")).toBe(400);
    expect(statusForSqlState("21000", false, "more than one row returned by a subquery")).toBe(500);
    expect(statusForSqlState("22023", false, 'role "ghost" does not exist')).toBe(401);
    expect(statusForSqlState("22023", false, "invalid value for parameter")).toBe(400);
    expect(statusForSqlState("09000", false)).toBe(500);
    expect(statusForSqlState("2D000", false)).toBe(500);
    expect(statusForSqlState("HV000", false)).toBe(500);
    expect(statusForSqlState("56000", false)).toBe(400);
  });
});

describe("rangeStatus", () => {
  it("follows PostgREST's rangeStatusHeader", () => {
    expect(rangeStatus(0, 10, null)).toEqual({ status: 200, contentRange: "0-9/*" });
    expect(rangeStatus(10, 10, 71)).toEqual({ status: 206, contentRange: "10-19/71" });
    expect(rangeStatus(0, 5, 5)).toEqual({ status: 200, contentRange: "0-4/5" });
    expect(rangeStatus(0, 0, 0)).toEqual({ status: 200, contentRange: "*/0" });
    expect(() => rangeStatus(80, 0, 71)).toThrow(expect.objectContaining({ status: 416 }));
  });
});

describe("parseRequest", () => {
  const raw = (query: string, headers: Record<string, string> = {}, method = "GET", body = "") => ({
    method,
    path: "/books",
    query: new URLSearchParams(query),
    headers,
    body,
  });

  it("separates steering keys from filters, per embed path", async () => {
    const request = parseRequest(
      raw(
        "select=id,r(x)&id=eq.1&r.order=x.desc&r.limit=2&or=(a.eq.1)&not.and=(b.eq.2)&limit=5&offset=10",
      ),
      await config(),
    );
    expect(request.filterParams).toEqual([["id", "eq.1"]]);
    expect(request.orders.get("r")).toHaveLength(1);
    expect(request.limits.get("r")).toEqual({ limit: 2, offset: 0 });
    expect(
      request.logic.get("")?.map((tree) => tree.type === "logic" && [tree.op, tree.negated]),
    ).toEqual([
      ["or", false],
      ["and", true],
    ]);
    expect(request.range).toEqual({ offset: 10, limit: 5 });
  });

  it("intersects the Range header with limit and offset", async () => {
    const request = parseRequest(raw("limit=5", { range: "2-20" }), await config());
    expect(request.range).toEqual({ offset: 2, limit: 3 });
  });

  it("reads Prefer, Accept and the profile headers", async () => {
    const request = parseRequest(
      raw(
        "",
        {
          prefer: "return=representation, count=exact,resolution=merge-duplicates",
          accept: "text/csv",
          "content-profile": "x",
        },
        "POST",
        "{}",
      ),
      await config({ PGRST_DB_SCHEMAS: "public,x" }),
    );
    expect(request.prefer).toEqual({
      ...noPreferences,
      return: "representation",
      count: "exact",
      resolution: "merge-duplicates",
    });
    expect([request.media, request.schema, request.action]).toEqual(["csv", "x", "insert"]);
  });

  it("refuses unknown preferences only with handling=strict", async () => {
    const settings = await config();
    const lenient = parseRequest(raw("", { prefer: "foo=bar" }), settings);
    expect(lenient.prefer.count).toBeNull();
    expect(() => parseRequest(raw("", { prefer: "handling=strict, foo=bar" }), settings)).toThrow(
      expect.objectContaining({ status: 400, body: expect.objectContaining({ code: "PGRST122" }) }),
    );
  });

  it("refuses a schema that is not exposed with PGRST106", async () => {
    const settings = await config();
    expect(() => parseRequest(raw("", { "accept-profile": "private" }), settings)).toThrow(
      expect.objectContaining({ status: 406, body: expect.objectContaining({ code: "PGRST106" }) }),
    );
  });
});

describe("authenticate", () => {
  const header = (values: Record<string, string>) => (name: string) => values[name];

  it("treats a missing header as anon and a token's role as the role", async () => {
    const authenticate = createAuthenticator(await config());
    expect(await authenticate(header({}))).toMatchObject({ role: "anon", isAnon: true });
    const token = await signJwt(SECRET, { role: "authenticated", sub: "u" }, 60);
    expect(await authenticate(header({ authorization: `bearer ${token}` }))).toMatchObject({
      role: "authenticated",
      isAnon: false,
      claims: { sub: "u", role: "authenticated" },
    });
  });

  it("defaults a missing role claim to anon", async () => {
    const authenticate = createAuthenticator(await config());
    const token = await signJwt(SECRET, { sub: "u" }, 60);
    expect(await authenticate(header({ authorization: `Bearer ${token}` }))).toMatchObject({
      role: "anon",
      claims: { role: "anon" },
    });
  });

  it("answers 401 PGRST302 without a token when anonymous access is off", async () => {
    const authenticate = createAuthenticator(await config({ PGRST_DB_ANON_ROLE: "" }));
    await expect(authenticate(header({}))).rejects.toMatchObject({
      status: 401,
      body: { code: "PGRST302", message: "Anonymous access is disabled" },
    });
  });

  it("requires an apikey when the gateway switch is on", async () => {
    const keys = await apiKeysFor(SECRET);
    const authenticate = createAuthenticator(
      parseRestConfig({ REST_REQUIRE_APIKEY: "true" }, keys),
    );
    await expect(authenticate(header({}))).rejects.toMatchObject({ status: 401 });
    await expect(authenticate(header({ apikey: "made-up" }))).rejects.toMatchObject({
      status: 401,
      body: { message: "Invalid API key" },
    });
    expect(await authenticate(header({ apikey: keys.anonKey }))).toMatchObject({ role: "anon" });
  });
});
