// PostgREST's function calls beyond the basics in rpc.test.ts, over functions this file
// creates: overloads chosen by argument names, PGRST202/PGRST203 in PostgREST's words, variadic
// arguments, and a raw text body.
import { describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectReply } from "./reply";

const FUNCTIONS = `
create function api_test.fn_sum(a int) returns int language sql immutable as 'select a';
create function api_test.fn_sum(a int, b int) returns int language sql immutable as 'select a + b';
create function api_test.fn_pick(x int) returns text language sql immutable as $$ select 'int' $$;
create function api_test.fn_pick(x text) returns text language sql immutable as $$ select 'text' $$;
create function api_test.fn_join(variadic parts text[]) returns text language sql immutable
  as $$ select array_to_string(parts, '-') $$;
create function api_test.fn_shout(text) returns text language sql immutable as 'select upper($1)';
`;

const stack = restStackForFile({}, { sql: FUNCTIONS, ready: "rpc/fn_sum?a=1" });

function call(method: string, path: string, body?: string, type = "application/json") {
  return fetch(`${stack.rest}/rpc/${path}`, {
    method,
    body,
    headers: { "Accept-Profile": "api_test", "Content-Profile": "api_test", "Content-Type": type },
  });
}

describe("functions", () => {
  it("chooses the overload whose parameters are the arguments given, by GET and by POST", async () => {
    expect(await (await call("GET", "fn_sum?a=2")).json()).toBe(2);
    expect(await (await call("GET", "fn_sum?a=2&b=3")).json()).toBe(5);
    expect(await (await call("POST", "fn_sum", '{"a": 4, "b": 5}')).json()).toBe(9);
  });

  it("answers 404 PGRST202 with PostgREST's message, details and hint", async () => {
    const response = await call("POST", "fn_sum", '{"a": 1, "c": 2}');
    await expectReply(response, 404, {
      code: "PGRST202",
      message: "Could not find the function api_test.fn_sum(a, c) in the schema cache",
      details:
        "Searched for the function api_test.fn_sum with parameters a, c or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.",
      hint: "Perhaps you meant to call the function api_test.fn_sum(a, b)",
    });
    const none = await call("GET", "fn_nothing");
    expect(await none.json()).toMatchObject({
      message:
        "Could not find the function api_test.fn_nothing without parameters in the schema cache",
      details:
        "Searched for the function api_test.fn_nothing without parameters, but no matches were found in the schema cache.",
    });
  });

  it("answers 300 PGRST203 naming every candidate when overloads tie", async () => {
    const response = await call("GET", "fn_pick?x=1");
    expect(response.status).toBe(300);
    const body = (await response.json()) as { code: string; message: string; hint: string };
    expect(body.code).toBe("PGRST203");
    expect(body.message).toMatch(/^Could not choose the best candidate function between: /);
    expect(body.message).toContain("api_test.fn_pick(x => integer)");
    expect(body.message).toContain("api_test.fn_pick(x => text)");
    expect(body.hint).toBe(
      "Try renaming the parameters or the function itself in the database so function overloading can be resolved",
    );
  });

  it("fills a variadic parameter from a JSON array or repeated query arguments", async () => {
    expect(await (await call("POST", "fn_join", '{"parts": ["a", "b", "c"]}')).json()).toBe(
      "a-b-c",
    );
    expect(await (await call("GET", "fn_join?parts=x&parts=y")).json()).toBe("x-y");
  });

  it("passes a text/plain body to a lone unnamed text parameter", async () => {
    const response = await call("POST", "fn_shout", "hello, world", "text/plain");
    expect(response.status).toBe(200);
    expect(await response.json()).toBe("HELLO, WORLD");
  });
});
