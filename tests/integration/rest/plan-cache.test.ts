// The per-request plan cache (transaction-cache.ts) on the real stack: a repeated request skips
// authentication and planning, so these check that a hit never answers with another request's
// values, caller, settings or an expired token, and that body errors keep their old precedence.
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_JWT_SECRET } from "../../support/stack";
import { restStackForFile } from "./fixture";

const stack = restStackForFile({ REST_MAX_BODY_BYTES: "2000" });
const userA = "00000000-0000-0000-0000-0000000000aa";
const userB = "00000000-0000-0000-0000-0000000000bb";

beforeAll(async () => {
  await stack.owner.unsafe(`
    create table api_test.notes (id int primary key, owner uuid not null, body text);
    alter table api_test.notes enable row level security;
    create policy "owners read their notes" on api_test.notes for select to authenticated using (owner = auth.uid());
    grant select on api_test.notes to authenticated;
    insert into api_test.notes values (1, '${userA}', 'a1'), (2, '${userA}', 'a2'), (3, '${userB}', 'b3');
    create function api_test.echo_claim() returns json language sql stable as $$
      select json_build_object('sub', auth.uid(), 'team', current_setting('request.jwt.claims', true)::json->>'team',
        'probe', current_setting('request.headers', true)::json->>'x-probe')
    $$;
    grant execute on function api_test.echo_claim() to authenticated;
    notify pgrst, 'reload schema';
  `);
  for (let i = 0; i < 100; i++) {
    const response = await fetch(`${stack.rest}/rpc/echo_claim`, {
      headers: { "Accept-Profile": "api_test" },
    });
    if (response.status !== 404) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("REST never loaded the notes table");
});

const get = async (path: string, token: string | null, headers: Record<string, string> = {}) => {
  const response = await fetch(`${stack.rest}${path}`, {
    headers: {
      "Accept-Profile": "api_test",
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("a repeated request", () => {
  it("answers each filter value with its own rows, repeated in any order", async () => {
    const token = await stack.userToken(userA);
    const byId = (id: number) => get(`/notes?select=id,body&id=eq.${id}`, token);
    const answers = [await byId(1), await byId(2), await byId(1), await byId(2), await byId(3)];
    expect(answers).toEqual([
      { status: 200, body: [{ id: 1, body: "a1" }] },
      { status: 200, body: [{ id: 2, body: "a2" }] },
      { status: 200, body: [{ id: 1, body: "a1" }] },
      { status: 200, body: [{ id: 2, body: "a2" }] },
      // Note 3 is B's: RLS hides it from A however often the shape was seen.
      { status: 200, body: [] },
    ]);
  });

  it("answers the same URL with each caller's rows, for more callers than a line keeps", async () => {
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        stack.userToken(i % 2 === 0 ? userA : userB, { seat: i }),
      ),
    );
    const rows = async (i: number) =>
      (await get("/notes?select=id&order=id", tokens[i] ?? null)).body;
    const seen: unknown[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < tokens.length; i++) {
        seen.push(await rows(i));
      }
    }
    const expected = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? [{ id: 1 }, { id: 2 }] : [{ id: 3 }],
    );
    expect(seen).toEqual(expected);
  });

  it("gives a changed claim or header its own settings, never the remembered ones", async () => {
    const red = await stack.userToken(userA, { team: "red" });
    const blue = await stack.userToken(userA, { team: "blue" });
    const echo = (token: string, probe: string) =>
      get("/rpc/echo_claim", token, { "X-Probe": probe });
    expect([
      await echo(red, "one"),
      await echo(blue, "one"),
      await echo(red, "two"),
      await echo(red, "one"),
    ]).toEqual([
      { status: 200, body: { sub: userA, team: "red", probe: "one" } },
      { status: 200, body: { sub: userA, team: "blue", probe: "one" } },
      { status: 200, body: { sub: userA, team: "red", probe: "two" } },
      { status: 200, body: { sub: userA, team: "red", probe: "one" } },
    ]);
  });

  it("refuses a remembered token once it has expired", async () => {
    // Expired 27 s ago: still within PostgREST's 30 s leeway for about 3 s.
    const token = await new SignJWT({ sub: userA, role: "authenticated" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 27)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const read = () => get("/notes?select=id&id=eq.1", token);
    expect([await read(), await read()]).toEqual([
      { status: 200, body: [{ id: 1 }] },
      { status: 200, body: [{ id: 1 }] },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const late = await read();
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: "PGRST303", message: "JWT expired" });
  }, 15_000);

  it("answers an oversized body with a bad token 401 first, as before the cache, and 413 with a good one", async () => {
    const post = async (authorization: string) => {
      const response = await fetch(`${stack.rest}/rpc/echo_claim`, {
        method: "POST",
        headers: {
          "Content-Profile": "api_test",
          "Content-Type": "application/json",
          Authorization: authorization,
        },
        body: JSON.stringify({ pad: "x".repeat(3000) }),
      });
      return { status: response.status, code: ((await response.json()) as { code: string }).code };
    };
    expect(await post("Bearer not.a.jwt")).toEqual({ status: 401, code: "PGRST301" });
    expect(await post(`Bearer ${await stack.userToken(userA)}`)).toMatchObject({ status: 413 });
  });
});
