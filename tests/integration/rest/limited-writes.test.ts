// PATCH and DELETE with limit/offset and order, PostgREST's limited update/delete
// (https://docs.postgrest.org/en/v13/references/api/tables_views.html#limited-update-delete),
// checked against the table read back in plain SQL.
import { beforeEach, describe, expect, it } from "vitest";
import { restStackForFile } from "./fixture";
import { expectReply, expectReplyLike } from "./reply";

const stack = restStackForFile();
beforeEach(async () => {
  await stack.owner`delete from api_test.items`;
  await stack.owner`insert into api_test.items (id, code, qty) values (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40)`;
});

const rows = async () =>
  (
    await stack.owner<{ id: number; qty: number }[]>`select id, qty from api_test.items order by id`
  ).map((row) => [row.id, row.qty]);

const call = (path: string, method: string, body?: unknown) =>
  fetch(`${stack.rest}${path}`, {
    method,
    headers: {
      "Content-Profile": "api_test",
      "Content-Type": "application/json",
      Prefer: "return=representation",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("limited update and delete", () => {
  it("updates only the first rows in the given order", async () => {
    const response = await call("/items?qty=gte.20&order=qty.desc&limit=2", "PATCH", { qty: 0 });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: number }[]).map((row) => row.id).sort()).toEqual([
      3, 4,
    ]);
    expect(await rows()).toEqual([
      [1, 10],
      [2, 20],
      [3, 0],
      [4, 0],
    ]);
  });

  it("deletes a window with limit and offset, even without other filters", async () => {
    const response = await call("/items?order=id&limit=2&offset=1", "DELETE");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: number }[]).map((row) => row.id).sort()).toEqual([
      2, 3,
    ]);
    expect(await rows()).toEqual([
      [1, 10],
      [4, 40],
    ]);
  });

  it("refuses a limit without an order with PGRST109 and changes nothing", async () => {
    const response = await call("/items?id=gt.0&limit=1", "DELETE");
    await expectReply(response, 400, {
      code: "PGRST109",
      message: "A 'limit' was applied without an explicit 'order'",
      details: null,
      hint: "Apply an 'order' using unique column(s)",
    });
    expect((await rows()).length).toBe(4);
  });

  it("still refuses an unfiltered, unlimited delete", async () => {
    const response = await call("/items", "DELETE");
    await expectReplyLike(response, 400, { code: "21000" });
    expect((await rows()).length).toBe(4);
  });
});
