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
    create table api_test.shapes (id int primary key, name text, size int);
    grant select on api_test.shapes to anon;
    insert into api_test.shapes values (1, 'a,b', 10), (2, 'with space', 20), (3, '100%', 30),
      (4, 'quote''d "x"', 40), (5, '', 50), (6, 'é+ü', 60), (7, null, 70);
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

describe("a read of a known shape", () => {
  /** Each value twice: planned fresh (a header never sent before) and through the shape's plan. */
  const both = async (query: string, fresh: number) => {
    const read = async (headers: Record<string, string>) => {
      const response = await fetch(`${stack.rest}/shapes?${query}`, {
        headers: { "Accept-Profile": "api_test", ...headers },
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    return { planned: await read({ "X-Fresh": String(fresh) }), shaped: await read({}) };
  };

  it("binds each new filter value into the shape's SQL, whatever the value holds", async () => {
    const names = ["a,b", "with space", "100%", 'quote\'d "x"', "", "é+ü", "missing", "eq.1"];
    const answers = [];
    for (const [i, name] of names.entries()) {
      answers.push(await both(`select=id&name=eq.${encodeURIComponent(name)}`, i));
    }
    for (const { planned, shaped } of answers) {
      expect(shaped).toEqual(planned);
    }
    expect(answers.map(({ shaped }) => shaped.body)).toEqual([
      [{ id: 1 }],
      [{ id: 2 }],
      [{ id: 3 }],
      [{ id: 4 }],
      [{ id: 5 }],
      [{ id: 6 }],
      [],
      [],
    ]);
  });

  it("binds several values, repeated keys included, and keeps steering keys in the shape", async () => {
    const cases = [
      [
        "select=id,size&size=gt.15&size=lt.45&id=neq.3&order=id.desc&limit=2",
        [
          { id: 4, size: 40 },
          { id: 2, size: 20 },
        ],
      ],
      [
        "select=id,size&size=gt.55&size=lt.75&id=neq.6&order=id.desc&limit=2",
        [{ id: 7, size: 70 }],
      ],
      [
        "select=id,size&size=gt.15&size=lt.45&id=neq.3&order=id.desc&limit=1",
        [{ id: 4, size: 40 }],
      ],
      ["select=id&size=gte.60&order=id.asc", [{ id: 6 }, { id: 7 }]],
      ["select=id&size=gte.70&order=id.asc", [{ id: 7 }]],
    ] as const;
    for (const [i, [query, rows]] of cases.entries()) {
      const { planned, shaped } = await both(query, 100 + i);
      expect(shaped).toEqual(planned);
      expect(shaped).toEqual({ status: 200, body: rows });
    }
  });

  it("answers a value Postgres refuses with the same error, and the shape still serves", async () => {
    const bad = await both("select=id&id=eq.not-a-number", 200);
    expect(bad.shaped).toEqual(bad.planned);
    expect(bad.shaped.status).toBe(400);
    expect(bad.shaped.body).toMatchObject({ code: "22P02" });
    expect((await both("select=id&id=eq.2", 201)).shaped).toEqual({
      status: 200,
      body: [{ id: 2 }],
    });
  });

  it("is planned again after a schema reload", async () => {
    const read = async (id: number) => {
      const response = await fetch(`${stack.rest}/shapes?select=*&id=eq.${id}`, {
        headers: { "Accept-Profile": "api_test" },
      });
      return (await response.json()) as Record<string, unknown>[];
    };
    expect([await read(1), await read(2)]).toEqual([
      [{ id: 1, name: "a,b", size: 10 }],
      [{ id: 2, name: "with space", size: 20 }],
    ]);
    await stack.owner.unsafe(
      "alter table api_test.shapes add column tag text default 't'; notify pgrst, 'reload schema'",
    );
    for (let i = 0; i < 100 && !("tag" in ((await read(3))[0] ?? {})); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await read(2)).toEqual([{ id: 2, name: "with space", size: 20, tag: "t" }]);
  });
});
