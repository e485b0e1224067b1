// Writes through supabase-js: insert, update, delete and upsert with every Prefer option,
// each checked against the table contents read back in plain SQL.
// Longer than ~300 lines on purpose: one REST stack serves insert, upsert, PUT and update/delete,
// which share the same reset of api_test.items before each case.
import { beforeEach, describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectErrorLike, expectReply, expectReplyLike } from "./reply";

const stack = restStackForFile();
beforeEach(async () => {
  await stack.owner`delete from api_test.items`;
  await stack.owner`insert into api_test.items (id, code, qty) values (1, 'a', 10), (2, 'b', 20), (3, 'c', 30)`;
});

const api = () => stack.client().schema("api_test");
const items = async () =>
  stack.owner<{ id: number; code: string | null; qty: number; note: string | null }[]>`
    select id, code, qty, note from api_test.items order by id`;

const raw = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${stack.rest}${path}`, {
    ...init,
    headers: {
      "Content-Profile": "api_test",
      "Accept-Profile": "api_test",
      "Content-Type": "application/json",
      ...init.headers,
    },
  });

describe("insert", () => {
  it("inserts one row and returns it with representation", async () => {
    const { data, status, error } = await api()
      .from("items")
      .insert({ id: 4, code: "d" })
      .select()
      .single();
    expect(error).toBeNull();
    expect(status).toBe(201);
    expect(data).toEqual({ id: 4, code: "d", qty: 0, note: "none" });
    expect((await items()).at(-1)).toEqual({ id: 4, code: "d", qty: 0, note: "none" });
  });

  it("inserts many rows with minimal return: 201, no body", async () => {
    const response = await raw("/items", {
      method: "POST",
      body: JSON.stringify([
        { id: 5, code: "e" },
        { id: 6, code: "f" },
      ]),
      headers: { Prefer: "return=minimal" },
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("");
    expect(response.headers.get("content-range")).toBe("*/*");
    expect((await items()).map((row) => row.id)).toEqual([1, 2, 3, 5, 6]);
  });

  it("answers headers-only with a Location for the new row", async () => {
    const response = await raw("/items", {
      method: "POST",
      body: JSON.stringify({ id: 42, code: "loc" }),
      headers: { Prefer: "return=headers-only" },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/items?id=eq.42");
    expect(await response.text()).toBe("");
  });

  it("keeps every digit of a big number from the body", async () => {
    const response = await raw("/amounts", {
      method: "POST",
      body: '{"id":1,"value":123456789012345678901234567890.123456789}',
      headers: { Prefer: "return=representation" },
    });
    expect(await response.text()).toBe(
      '[{"id":1,"value":123456789012345678901234567890.123456789}]',
    );
    const patched = await raw("/amounts?id=eq.1", {
      method: "PATCH",
      body: '{"value":98765432109876543210.5}',
      headers: { Prefer: "return=representation" },
    });
    expect(await patched.text()).toBe('[{"id":1,"value":98765432109876543210.5}]');
  });

  it("limits inserted columns with columns= and sets missing keys to NULL", async () => {
    const { data } = await api()
      .from("items")
      .insert([{ id: 7, code: "g", note: "x" }, { id: 8 }], { defaultToNull: true })
      .select("id,code,note")
      .order("id");
    expect(data).toEqual([
      { id: 7, code: "g", note: "x" },
      { id: 8, code: null, note: null },
    ]);
  });

  it("uses column defaults for missing keys with missing=default", async () => {
    const { data } = await api()
      .from("items")
      .insert([{ id: 9, code: "i", note: "x" }, { id: 10 }], { defaultToNull: false })
      .select("id,code,note,qty")
      .order("id");
    expect(data).toEqual([
      { id: 9, code: "i", note: "x", qty: 0 },
      { id: 10, code: null, note: "none", qty: 0 },
    ]);
  });

  it("refuses arrays whose objects have different keys without columns=", async () => {
    const response = await raw("/items", {
      method: "POST",
      body: JSON.stringify([{ id: 11 }, { id: 12, code: "x" }]),
    });
    await expectReplyLike(response, 400, {
      code: "PGRST102",
      message: "Empty or invalid json",
    });
  });

  it("answers 400 PGRST204 for an unknown body column", async () => {
    await expectErrorLike(api().from("items").insert({ id: 13, nope: 1 }), 400, {
      code: "PGRST204",
      message: "Could not find the 'nope' column of 'items' in the schema cache",
    });
  });

  it("answers 409 23505 for a duplicate key", async () => {
    const { error, status } = await api().from("items").insert({ id: 1, code: "zz" });
    expect(status).toBe(409);
    expect(error?.code).toBe("23505");
  });

  it("answers 409 23503 for a missing foreign row", async () => {
    const { error, status } = await api().from("reviews").insert({ book_id: 999, stars: 3 });
    expect(status).toBe(409);
    expect(error?.code).toBe("23503");
  });

  it("answers 400 for check and not-null violations and bad input syntax", async () => {
    const check = await api().from("reviews").insert({ book_id: 1, stars: 9 });
    expect([check.status, check.error?.code]).toEqual([400, "23514"]);
    const notNull = await api().from("authors").insert({ id: 50 });
    expect([notNull.status, notNull.error?.code]).toEqual([400, "23502"]);
    const syntax = await api().from("items").insert({ id: "one" });
    expect([syntax.status, syntax.error?.code]).toEqual([400, "22P02"]);
  });

  it("answers 201 [] for an empty array", async () => {
    const response = await raw("/items", {
      method: "POST",
      body: "[]",
      headers: { Prefer: "return=representation" },
    });
    await expectReply(response, 201, []);
  });

  it("inserts a row of column defaults from {}", async () => {
    const { data, status } = await api().from("bios").insert({}).select();
    expect(status).toBe(400);
    expect(data).toBeNull();
    await stack.owner`alter table api_test.items alter column id set default 1000`;
    const made = await api().from("items").insert({}).select().single();
    await stack.owner`alter table api_test.items alter column id drop default`;
    expect([made.status, made.data]).toEqual([201, { id: 1000, code: null, qty: 0, note: "none" }]);
  });

  it("returns embeds of the inserted row", async () => {
    const { data } = await api()
      .from("reviews")
      .insert({ book_id: 3, stars: 3, body: "fine" })
      .select("stars,books(title)")
      .single();
    expect(data).toEqual({ stars: 3, books: { title: "Solaris" } });
  });
});

describe("upsert", () => {
  it("merges duplicates and answers 200 when every row existed", async () => {
    const { data, status } = await api()
      .from("items")
      .upsert([
        { id: 1, code: "a", qty: 11 },
        { id: 2, code: "b", qty: 21 },
      ])
      .select("id,qty");
    expect(status).toBe(200);
    expect(data).toEqual([
      { id: 1, qty: 11 },
      { id: 2, qty: 21 },
    ]);
  });

  it("answers 201 when a row is new and honours on_conflict", async () => {
    const { data, status } = await api()
      .from("items")
      .upsert(
        [
          { id: 99, code: "a", qty: 5 },
          { id: 4, code: "new", qty: 1 },
        ],
        { onConflict: "code" },
      )
      .select("id,code,qty");
    expect(status).toBe(201);
    expect(data).toEqual([
      { id: 99, code: "a", qty: 5 },
      { id: 4, code: "new", qty: 1 },
    ]);
    expect((await items()).map((row) => [row.id, row.code])).toEqual([
      [2, "b"],
      [3, "c"],
      [4, "new"],
      [99, "a"],
    ]);
  });

  it("answers 200 without a body for a minimal upsert that only merged, 201 once a row is new", async () => {
    const merged = await raw("/items", {
      method: "POST",
      body: JSON.stringify([{ id: 2, code: "b", qty: 22 }]),
      headers: { Prefer: "resolution=merge-duplicates,return=minimal" },
    });
    expect(merged.status).toBe(200);
    expect(await merged.text()).toBe("");
    expect(merged.headers.get("content-range")).toBe("*/*");
    const created = await raw("/items", {
      method: "POST",
      body: JSON.stringify([
        { id: 2, code: "b", qty: 23 },
        { id: 6, code: "six", qty: 6 },
      ]),
      headers: { Prefer: "resolution=merge-duplicates,return=minimal" },
    });
    expect(created.status).toBe(201);
    const rows = await items();
    expect(rows.find((row) => row.id === 2)?.qty).toBe(23);
    expect(rows.find((row) => row.id === 6)?.code).toBe("six");
  });

  it("ignores duplicates with ignore-duplicates", async () => {
    const response = await raw("/items", {
      method: "POST",
      body: JSON.stringify([
        { id: 1, qty: 500 },
        { id: 5, qty: 5 },
      ]),
      headers: { Prefer: "resolution=ignore-duplicates,return=representation" },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("preference-applied")).toBe(
      "resolution=ignore-duplicates, return=representation",
    );
    expect(await response.json()).toEqual([{ id: 5, code: null, qty: 5, note: "none" }]);
    expect((await items())[0]?.qty).toBe(10);
  });
});

describe("PUT (single-row upsert)", () => {
  it("inserts or replaces the row its primary key names", async () => {
    const created = await raw("/items?id=eq.60", {
      method: "PUT",
      body: JSON.stringify({ id: 60, code: "p", qty: 6 }),
      headers: { Prefer: "return=representation" },
    });
    expect([created.status, await created.json()]).toEqual([
      200,
      [{ id: 60, code: "p", qty: 6, note: "none" }],
    ]);
    const replaced = await raw("/items?id=eq.60", {
      method: "PUT",
      body: JSON.stringify({ id: 60, code: "q", qty: 7 }),
    });
    expect(replaced.status).toBe(204);
    expect((await items()).at(-1)).toEqual({ id: 60, code: "q", qty: 7, note: "none" });
  });

  it("refuses filters other than eq on the whole key, and a body with another key", async () => {
    const filters = await raw("/items?qty=eq.1", {
      method: "PUT",
      body: JSON.stringify({ id: 61 }),
    });
    await expectReplyLike(filters, 405, { code: "PGRST105" });
    const mismatch = await raw("/items?id=eq.61", {
      method: "PUT",
      body: JSON.stringify({ id: 62 }),
    });
    await expectReplyLike(mismatch, 400, { code: "PGRST115" });
    expect((await items()).map((row) => row.id)).toEqual([1, 2, 3]);
  });
});

describe("update and delete", () => {
  it("updates filtered rows and returns them", async () => {
    const { data, status } = await api()
      .from("items")
      .update({ qty: 0, note: "zero" })
      .gte("qty", 20)
      .select()
      .order("id");
    expect(status).toBe(200);
    expect(data).toEqual([
      { id: 2, code: "b", qty: 0, note: "zero" },
      { id: 3, code: "c", qty: 0, note: "zero" },
    ]);
    expect((await items()).map((row) => row.qty)).toEqual([10, 0, 0]);
  });

  it("reports affected rows in Content-Range with count=exact", async () => {
    const updated = await api().from("items").update({ note: "n" }, { count: "exact" }).lt("id", 3);
    expect([updated.status, updated.count]).toEqual([204, 2]);
    const inserted = await api()
      .from("items")
      .insert([{ id: 50 }, { id: 51 }], { count: "exact" });
    expect([inserted.status, inserted.count]).toEqual([201, 2]);
  });

  it("answers 204 without representation and [] when nothing matches", async () => {
    const minimal = await api().from("items").update({ qty: 1 }).eq("id", 1);
    expect(minimal.status).toBe(204);
    const none = await api().from("items").update({ qty: 1 }).eq("id", 404).select();
    expect([none.status, none.data]).toEqual([200, []]);
  });

  it("deletes filtered rows: 204 by default, 200 with representation", async () => {
    const plain = await api().from("items").delete().eq("id", 1);
    expect(plain.status).toBe(204);
    const returned = await api().from("items").delete().in("id", [2, 3]).select("id");
    expect(returned.data).toEqual([{ id: 2 }, { id: 3 }]);
    expect(await items()).toEqual([]);
  });

  it("treats an empty PATCH body as a change to nothing", async () => {
    const response = await raw("/items?id=eq.1", { method: "PATCH", body: "{}" });
    expect([response.status, await response.text()]).toEqual([204, ""]);
    const returned = await api().from("items").update({}).eq("id", 1).select();
    expect([returned.status, returned.data]).toEqual([200, []]);
    expect((await items())[0]).toEqual({ id: 1, code: "a", qty: 10, note: "none" });
  });

  it("refuses PATCH and DELETE without filters, as hosted safeupdate does", async () => {
    const update = await raw("/items", { method: "PATCH", body: JSON.stringify({ qty: 0 }) });
    await expectReplyLike(update, 400, {
      code: "21000",
      message: "UPDATE requires a WHERE clause",
    });
    const remove = await raw("/items", { method: "DELETE" });
    await expectReplyLike(remove, 400, {
      code: "21000",
      message: "DELETE requires a WHERE clause",
    });
    expect(await items()).toHaveLength(3);
  });

  it("rolls a write back when .single() finds more than one row", async () => {
    const { error, status } = await api()
      .from("items")
      .update({ qty: 7 })
      .lt("id", 3)
      .select()
      .single();
    expect(status).toBe(406);
    expect(error?.code).toBe("PGRST116");
    expect((await items()).map((row) => row.qty)).toEqual([10, 20, 30]);
  });
});
