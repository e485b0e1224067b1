// CSV and form bodies on insert, and CSV reads, compared with the rows read back in plain SQL
// (https://docs.postgrest.org/en/v13/references/api/tables_views.html#bulk-insert).
import { beforeEach, describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";

const stack = restStackForFile();
beforeEach(async () => {
  await stack.owner`delete from api_test.items`;
});

const items = () =>
  stack.owner<{ id: number; code: string | null; qty: number; note: string | null }[]>`
    select id, code, qty, note from api_test.items order by id`;

const post = (path: string, contentType: string, body: string, prefer = "return=minimal") =>
  fetch(`${stack.rest}${path}`, {
    method: "POST",
    headers: { "Content-Profile": "api_test", "Content-Type": contentType, Prefer: prefer },
    body,
  });

/** POSTs a body that must be accepted (201) and answers the table as it then stands. */
async function itemsAfterInsert(...args: Parameters<typeof post>) {
  const response = await post(...args);
  expect(response.status).toBe(201);
  return await items();
}

describe("CSV bodies", () => {
  it("inserts every row, with quoted commas, doubled quotes and NULL", async () => {
    expect(
      await itemsAfterInsert(
        "/items",
        "text/csv",
        'id,code,qty,note\r\n1,a,5,"one, two"\r\n2,NULL,6,"say ""hi"""\r\n3,"NULL",7,\r\n',
      ),
    ).toEqual([
      { id: 1, code: "a", qty: 5, note: "one, two" },
      { id: 2, code: null, qty: 6, note: 'say "hi"' },
      { id: 3, code: "NULL", qty: 7, note: "" },
    ]);
  });

  it("reads only the columns= keys, leaving the others to their defaults", async () => {
    expect(
      await itemsAfterInsert(
        "/items?columns=id,qty",
        "text/csv",
        "id,code,qty\n4,ignored,9\n",
        "return=representation, missing=default",
      ),
    ).toEqual([{ id: 4, code: null, qty: 9, note: "none" }]);
  });

  it("refuses a line with the wrong number of fields and inserts nothing", async () => {
    const response = await post("/items", "text/csv", "id,qty\n5,1\n6\n");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; details: string };
    expect(body.code).toBe("PGRST102");
    expect(body.details).toBe("CSV: line 3 has 1 fields where the header names 2");
    expect(await items()).toEqual([]);
  });

  it("answers a read as CSV with a header line", async () => {
    await stack.owner`insert into api_test.items (id, code, qty, note) values (1, 'a,b', 2, null)`;
    const response = await fetch(`${stack.rest}/items?select=id,code,qty,note`, {
      headers: { "Accept-Profile": "api_test", Accept: "text/csv" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(await response.text()).toBe('id,code,qty,note\n1,"a,b",2,');
  });
});

describe("form bodies", () => {
  it("inserts one row from application/x-www-form-urlencoded", async () => {
    expect(
      await itemsAfterInsert("/items", "application/x-www-form-urlencoded", "id=8&code=x+y&qty=3"),
    ).toEqual([{ id: 8, code: "x y", qty: 3, note: "none" }]);
  });
});
