// RPC at /rpc/<fn> through supabase-js: POST with JSON, GET with query arguments, scalar, row
// and set results, void, filters on set-returning functions, and the function errors.
import { describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectErrorLike } from "./reply";

const stack = restStackForFile();

const api = () => stack.client().schema("api_test");

describe("rpc", () => {
  it("returns a scalar as bare JSON, with defaults for omitted arguments", async () => {
    expect(await api().rpc("add", { a: 2, b: 3 })).toMatchObject({
      data: 5,
      status: 200,
      error: null,
    });
    expect((await api().rpc("add", { a: 2 })).data).toBe(3);
  });

  it("calls a STABLE or IMMUTABLE function with GET and query arguments", async () => {
    const { data, status } = await api().rpc("add", { a: 40, b: 2 }, { get: true });
    expect([status, data]).toEqual([200, 42]);
  });

  it("returns table rows, filterable and orderable like a table", async () => {
    const { data } = await api()
      .rpc("books_by", { author: 2 })
      .select("id,title")
      .gt("pages", 250)
      .order("id");
    const rows =
      await stack.owner`select id, title from api_test.books where author_id = 2 and pages > 250 order by id`;
    expect(data).toEqual(rows.map((row) => ({ ...row })));
  });

  it("embeds from the rows a function returns", async () => {
    const { data } = await api()
      .rpc("books_by", { author: 1 })
      .select("id,reviews(stars)")
      .eq("id", 1);
    expect(data).toEqual([{ id: 1, reviews: [{ stars: 5 }, { stars: 4 }] }]);
  });

  it("returns RETURNS TABLE results and counts them", async () => {
    const { data, count } = await api().rpc("author_stats", { who: 3 }, { count: "exact" });
    expect(data).toEqual([{ author_id: 3, book_count: 2 }]);
    expect(count).toBe(1);
  });

  it("counts a set-returning function's rows with HEAD", async () => {
    const { data, count, status } = await api().rpc(
      "books_by",
      { author: 3 },
      { head: true, count: "exact" },
    );
    expect([status, data, count]).toEqual([200, null, 2]);
  });

  it("returns a single composite value as an object", async () => {
    const { data, status } = await api().rpc("first_book").select("id,title");
    expect([status, data]).toEqual([200, { id: 1, title: "A Wizard of Earthsea" }]);
  });

  it("returns a set of scalars as an array", async () => {
    expect((await api().rpc("series", { n: 3 })).data).toEqual([1, 2, 3]);
  });

  it("passes the whole body to a lone unnamed json parameter, and with params=single-object", async () => {
    expect((await api().rpc("keys_of", { b: 1, a: 2 })).data).toEqual(["a", "b"]);
    const response = await fetch(`${stack.rest}/rpc/size_of`, {
      method: "POST",
      headers: {
        "Content-Profile": "api_test",
        "Content-Type": "application/json",
        Prefer: "params=single-object",
      },
      body: "[1,2,3]",
    });
    expect(await response.json()).toBe(3);
    expect(response.headers.get("preference-applied")).toBe("params=single-object");
  });

  it("passes JSON arrays as Postgres arrays", async () => {
    expect((await api().rpc("echo_tags", { tags: ["a", "b,c"] })).data).toEqual(["a", "b,c"]);
  });

  it("answers 204 for a void function and applies its writes", async () => {
    await stack.owner`insert into api_test.items (id, qty) values (77, 1) on conflict do nothing`;
    const { status, data } = await api().rpc("touch", { item: 77 });
    expect([status, data]).toEqual([204, null]);
    const [row] = await stack.owner`select qty from api_test.items where id = 77`;
    expect(row?.qty).toBe(2);
  });

  it("refuses a write reached by GET with 405 (read-only transaction)", async () => {
    const { status, error } = await api().rpc("touch", { item: 77 }, { get: true });
    expect(status).toBe(405);
    expect(error?.code).toBe("25006");
  });

  it("answers 404 PGRST202 for an unknown function or argument name", async () => {
    const unknown = await api().rpc("nope", {});
    expect([unknown.status, unknown.error?.code]).toEqual([404, "PGRST202"]);
    const badArgument = await api().rpc("add", { a: 1, z: 2 });
    expect([badArgument.status, badArgument.error?.code]).toEqual([404, "PGRST202"]);
  });

  it("relays RAISE as 400 P0001 with its detail and hint", async () => {
    await expectErrorLike(api().rpc("fail"), 400, {
      code: "P0001",
      message: "nope",
      details: "it failed",
      hint: "do not call it",
    });
  });
});
