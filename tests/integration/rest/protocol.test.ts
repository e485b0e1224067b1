// The request envelope: JWT verification and role switching, schema profiles, the per-request
// settings RLS reads, error mapping and the schema cache reload, through supabase-js and fetch.
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { TEST_JWT_SECRET } from "../../support/stack";
import { restStackForFile } from "./fixture";
import { expectErrorLike, expectReply, expectReplyLike } from "./reply";

const stack = restStackForFile();
beforeAll(async () => {
  await stack.owner.unsafe(`
    create function api_test.whoami() returns json language sql stable as $$
      select json_build_object(
        'role', current_user,
        'sub', auth.uid(),
        'claims_role', auth.role(),
        'method', current_setting('request.method', true),
        'path', current_setting('request.path', true),
        'header', current_setting('request.headers', true)::json->>'x-probe',
        'timeout', current_setting('statement_timeout'))
    $$;
    create table api_test.secrets (id int primary key, owner uuid not null, body text);
    alter table api_test.secrets enable row level security;
    create policy "owners read their secrets" on api_test.secrets for select to authenticated using (owner = auth.uid());
    create policy "users file secrets for anyone" on api_test.secrets for insert to authenticated with check (true);
    grant select, insert on api_test.secrets to authenticated;
    insert into api_test.secrets values (1, '00000000-0000-0000-0000-00000000000a', 'a'), (2, '00000000-0000-0000-0000-00000000000b', 'b');
  `);
  await waitFor(async () => (await stack.client().schema("api_test").rpc("whoami")).status === 200);
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition never held");
}

const call = (token: string | null, init: { headers?: Record<string, string> } = {}) =>
  fetch(`${stack.rest}/rpc/whoami`, {
    headers: {
      "Accept-Profile": "api_test",
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...init.headers,
    },
  });

describe("JWT and roles", () => {
  it("runs as anon without a token, with anon's statement_timeout and request settings", async () => {
    const response = await call(null, { headers: { "X-Probe": "hello" } });
    await expectReply(response, 200, {
      role: "anon",
      sub: null,
      claims_role: "anon",
      method: "GET",
      path: "/rpc/whoami",
      header: "hello",
      timeout: "3s",
    });
  });

  it("switches to the token's role and exposes its claims to auth.uid()", async () => {
    const token = await stack.userToken("00000000-0000-0000-0000-00000000000a");
    const body = (await (await call(token)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      role: "authenticated",
      sub: "00000000-0000-0000-0000-00000000000a",
      timeout: "8s",
    });
    const service = (await (await call(stack.keys.serviceRoleKey)).json()) as Record<
      string,
      unknown
    >;
    expect(service.role).toBe("service_role");
  });

  it("lets RLS decide which rows a user reads", async () => {
    const a = await stack
      .client(await stack.userToken("00000000-0000-0000-0000-00000000000a"))
      .schema("api_test")
      .from("secrets")
      .select("id");
    expect(a.data).toEqual([{ id: 1 }]);
    const anon = await stack.client().schema("api_test").from("secrets").select("id");
    expect([anon.status, anon.error?.code]).toEqual([401, "42501"]);
  });

  it("maps a privilege error to 403 for a signed-in role", async () => {
    const token = await stack.userToken("00000000-0000-0000-0000-00000000000a");
    const { status, error } = await stack
      .client(token)
      .schema("api_test")
      .from("secrets")
      .update({ body: "x" })
      .eq("id", 1);
    expect([status, error?.code]).toEqual([403, "42501"]);
  });

  it("fails a write whose RETURNING the SELECT policy hides", async () => {
    const token = await stack.userToken("00000000-0000-0000-0000-00000000000a");
    const db = stack.client(token).schema("api_test");
    const hidden = await db
      .from("secrets")
      .insert({ id: 3, owner: "00000000-0000-0000-0000-00000000000b" })
      .select();
    expect([hidden.status, hidden.error?.code]).toEqual([403, "42501"]);
    const blind = await db
      .from("secrets")
      .insert({ id: 4, owner: "00000000-0000-0000-0000-00000000000b" });
    expect(blind.status).toBe(201);
    const rows = await stack.owner`select id from api_test.secrets order by id`;
    expect(rows.map((row) => row.id)).toEqual([1, 2, 4]);
  });

  it("answers 401 PGRST301 for a bad signature, a malformed or an empty token", async () => {
    const forged = await signJwt(
      "another-secret-that-is-32-characters-long",
      { role: "service_role" },
      60,
    );
    for (const token of [forged, "not-a-jwt", ""]) {
      const response = await fetch(`${stack.rest}/rpc/whoami`, {
        headers: { "Accept-Profile": "api_test", Authorization: `Bearer ${token}` },
      });
      await expectReplyLike(response, 401, { code: "PGRST301" });
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    }
  });

  it("answers 401 PGRST303 for an expired token, within a 30 s leeway", async () => {
    const expired = await signJwt(TEST_JWT_SECRET, { role: "authenticated" }, -60);
    const response = await call(expired);
    await expectReplyLike(response, 401, { code: "PGRST303", message: "JWT expired" });
    const justExpired = await signJwt(TEST_JWT_SECRET, { role: "authenticated" }, -10);
    expect((await call(justExpired)).status).toBe(200);
  });

  it("refuses a role the login role may not become", async () => {
    const admin = await signJwt(TEST_JWT_SECRET, { role: "postgres" }, 60);
    const response = await call(admin);
    await expectReplyLike(response, 403, { code: "42501" });
  });

  it("uses the apikey as the token when no Authorization header is sent", async () => {
    const response = await fetch(`${stack.rest}/rpc/whoami`, {
      headers: { "Accept-Profile": "api_test", apikey: stack.keys.serviceRoleKey },
    });
    expect(((await response.json()) as { role: string }).role).toBe("service_role");
  });
});

describe("profiles", () => {
  it("reads the schema from Accept-Profile and echoes Content-Profile", async () => {
    const response = await fetch(`${stack.rest}/authors?select=id&id=eq.1`, {
      headers: { "Accept-Profile": "api_test" },
    });
    expect(response.headers.get("content-profile")).toBe("api_test");
    expect(await response.json()).toEqual([{ id: 1 }]);
  });

  it("answers 406 PGRST106 for a schema that is not exposed", async () => {
    const { status, error } = await stack.client().schema("private").from("x").select();
    expect(status).toBe(406);
    expect(error).toMatchObject({ code: "PGRST106", message: "Invalid schema: private" });
  });

  it("answers 404 PGRST205 for an unknown table", async () => {
    await expectErrorLike(stack.client().schema("api_test").from("nope").select(), 404, {
      code: "PGRST205",
      message: "Could not find the table 'api_test.nope' in the schema cache",
    });
  });
});

describe("root and paths", () => {
  it("describes the schema's tables and functions as OpenAPI at the root", async () => {
    const response = await fetch(`${stack.rest}/`, { headers: { "Accept-Profile": "api_test" } });
    expect(response.status).toBe(200);
    const spec = (await response.json()) as {
      swagger: string;
      paths: Record<string, unknown>;
      definitions: Record<string, { properties: Record<string, unknown>; required?: string[] }>;
    };
    expect(spec.swagger).toBe("2.0");
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/books", "/authors", "/rpc/add"]),
    );
    expect(spec.definitions.authors?.required).toEqual(["id", "name"]);
  });

  it("answers 404 PGRST125 for a path that is neither a table nor rpc/<fn>", async () => {
    const response = await fetch(`${stack.rest}/a/b/c`);
    await expectReplyLike(response, 404, { code: "PGRST125" });
  });
});

describe("schema cache", () => {
  it("serves a table created after start once NOTIFY pgrst arrives", async () => {
    await stack.owner.unsafe(
      `create table api_test.late (id int primary key); grant select on api_test.late to anon; insert into api_test.late values (1)`,
    );
    await waitFor(
      async () => (await stack.client().schema("api_test").from("late").select()).status === 200,
    );
    expect((await stack.client().schema("api_test").from("late").select()).data).toEqual([
      { id: 1 },
    ]);
  });

  it("reloads after its LISTEN connection was cut, catching DDL it missed", async () => {
    const superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await superuser`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and usename = 'authenticator' and query ilike 'listen%'`;
      await stack.owner.unsafe(
        "create table api_test.missed (id int primary key); grant select on api_test.missed to anon",
      );
      await waitFor(
        async () =>
          (await stack.client().schema("api_test").from("missed").select()).status === 200,
      );
      expect((await stack.client().schema("api_test").from("missed").select()).data).toEqual([]);
    } finally {
      await superuser.end();
    }
  });

  it("answers a repeated request from the current schema, not a remembered plan", async () => {
    await stack.owner.unsafe(
      "create table api_test.grows (id int primary key); grant select on api_test.grows to anon; insert into api_test.grows values (1)",
    );
    const read = async () => {
      const response = await fetch(`${stack.rest}/grows?select=*`, {
        headers: { "Accept-Profile": "api_test" },
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    await waitFor(async () => (await read()).status === 200);
    expect(await read()).toEqual({ status: 200, body: [{ id: 1 }] });
    expect(await read()).toEqual({ status: 200, body: [{ id: 1 }] });
    await stack.owner.unsafe("alter table api_test.grows add column note text default 'n'");
    await waitFor(async () => JSON.stringify((await read()).body) !== '[{"id":1}]');
    expect(await read()).toEqual({ status: 200, body: [{ id: 1, note: "n" }] });
  });

  it("answers the same URL repeated by two users with each one's own rows", async () => {
    const a = await stack.userToken("00000000-0000-0000-0000-00000000000a");
    const b = await stack.userToken("00000000-0000-0000-0000-00000000000b");
    const ids = async (token: string) => {
      const response = await fetch(`${stack.rest}/secrets?select=id&order=id`, {
        headers: { "Accept-Profile": "api_test", Authorization: `Bearer ${token}` },
      });
      return (await response.json()) as unknown;
    };
    // Other tests file secrets for b, so b's rows are read from the table itself.
    const ofB = (
      await stack.owner<{ id: number }[]>`select id from api_test.secrets
        where owner = '00000000-0000-0000-0000-00000000000b' order by id`
    ).map(({ id }) => ({ id }));
    expect(ofB).toContainEqual({ id: 2 });
    expect([await ids(a), await ids(b), await ids(a), await ids(b)]).toEqual([
      [{ id: 1 }],
      ofB,
      [{ id: 1 }],
      ofB,
    ]);
  });

  it("keeps answering requests while it reloads", async () => {
    const requests = Array.from({ length: 20 }, () =>
      stack.client().schema("api_test").from("authors").select("id").eq("id", 1),
    );
    await stack.owner`notify pgrst, 'reload schema'`;
    const results = await Promise.all(requests);
    expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
  });
});
