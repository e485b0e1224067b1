// Prefer: tx, max-affected, timezone, handling and the Preference-Applied header, checked against
// PostgREST 13's documented answers and against the table contents read back in plain SQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RestStack, startRestStack } from "./fixture";
import { expectReply, expectReplyLike } from "./reply";

let stack: RestStack;
let overridable: RestStack;
beforeAll(async () => {
  [stack, overridable] = await Promise.all([
    startRestStack(),
    startRestStack({ PGRST_DB_TX_END: "commit-allow-override" }),
  ]);
});
afterAll(() => Promise.all([stack.stop(), overridable.stop()]));
beforeEach(async () => {
  for (const each of [stack, overridable]) {
    await each.owner`delete from api_test.items`;
    await each.owner`insert into api_test.items (id, code, qty) values (1, 'a', 10), (2, 'b', 20), (3, 'c', 30)`;
  }
});

const quantities = async (on: RestStack) =>
  (await on.owner<{ qty: number }[]>`select qty from api_test.items order by id`).map(
    (row) => row.qty,
  );

const call = (on: RestStack, path: string, method: string, prefer: string, body?: unknown) =>
  fetch(`${on.rest}${path}`, {
    method,
    headers: {
      "Content-Profile": "api_test",
      "Accept-Profile": "api_test",
      "Content-Type": "application/json",
      Prefer: prefer,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("Prefer: tx", () => {
  it("rolls a write back when db-tx-end allows the override, and says so", async () => {
    const response = await call(
      overridable,
      "/items?id=eq.1",
      "PATCH",
      "tx=rollback, return=representation",
      { qty: 99 },
    );
    await expectReply(response, 200, [{ id: 1, code: "a", qty: 99, note: "none" }]);
    expect(response.headers.get("preference-applied")).toBe("return=representation, tx=rollback");
    expect(await quantities(overridable)).toEqual([10, 20, 30]);
  });

  it("commits with tx=commit", async () => {
    const response = await call(overridable, "/items?id=eq.1", "PATCH", "tx=commit", { qty: 99 });
    expect(response.status).toBe(204);
    expect(response.headers.get("preference-applied")).toBe("tx=commit");
    expect(await quantities(overridable)).toEqual([99, 20, 30]);
  });

  it("ignores tx=rollback under the default db-tx-end, as hosted Supabase does", async () => {
    const response = await call(stack, "/items?id=eq.1", "PATCH", "tx=rollback", { qty: 99 });
    expect(response.status).toBe(204);
    expect(response.headers.get("preference-applied")).toBeNull();
    expect(await quantities(stack)).toEqual([99, 20, 30]);
  });
});

describe("Prefer: max-affected", () => {
  it("refuses a delete past the limit with PGRST124 and deletes nothing", async () => {
    const response = await call(
      stack,
      "/items?id=lt.4",
      "DELETE",
      "handling=strict, max-affected=2",
    );
    await expectReply(response, 400, {
      code: "PGRST124",
      message: "Query result exceeds max-affected preference constraint",
      details: "The query affects 3 rows",
      hint: null,
    });
    expect(await quantities(stack)).toEqual([10, 20, 30]);
  });

  it("refuses an update past the limit and changes nothing", async () => {
    const response = await call(
      stack,
      "/items?qty=gte.20",
      "PATCH",
      "handling=strict, max-affected=1",
      {
        qty: 0,
      },
    );
    await expectReplyLike(response, 400, { code: "PGRST124" });
    expect(await quantities(stack)).toEqual([10, 20, 30]);
  });

  it("lets a write within the limit through and reports both preferences", async () => {
    const response = await call(
      stack,
      "/items?id=lt.3",
      "DELETE",
      "handling=strict, max-affected=2",
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("preference-applied")).toBe("handling=strict, max-affected=2");
    expect(await quantities(stack)).toEqual([30]);
  });

  it("is ignored without handling=strict", async () => {
    const response = await call(stack, "/items?id=lt.4", "DELETE", "max-affected=1");
    expect(response.status).toBe(204);
    expect(response.headers.get("preference-applied")).toBeNull();
    expect(await quantities(stack)).toEqual([]);
  });

  it("counts the rows a set-returning function gives back", async () => {
    const response = await call(stack, "/rpc/series", "POST", "handling=strict, max-affected=3", {
      n: 5,
    });
    await expectReplyLike(response, 400, { details: "The query affects 5 rows" });
  });

  it("refuses a scalar function with PGRST128", async () => {
    const response = await call(stack, "/rpc/add", "POST", "handling=strict, max-affected=3", {
      a: 1,
    });
    await expectReplyLike(response, 400, { code: "PGRST128" });
  });
});

describe("Prefer: timezone", () => {
  it("sets the transaction's time zone to a name Postgres knows, and reports it", async () => {
    await stack.owner.unsafe(
      "create function api_test.zone() returns text language sql stable as $$ select current_setting('timezone') $$",
    );
    const ask = () =>
      fetch(`${stack.rest}/rpc/zone`, {
        headers: { "Accept-Profile": "api_test", Prefer: "timezone=Asia/Tokyo" },
      });
    let response = await ask();
    // The schema cache reloads on the DDL's NOTIFY; wait for the new function to be known.
    for (let attempt = 0; response.status === 404 && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      response = await ask();
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toBe("Asia/Tokyo");
    expect(response.headers.get("preference-applied")).toBe("timezone=Asia/Tokyo");
  });

  it("ignores an unknown time zone, and refuses it with handling=strict", async () => {
    const lenient = await fetch(`${stack.rest}/books?select=id&id=eq.1`, {
      headers: { "Accept-Profile": "api_test", Prefer: "timezone=Mars/Olympus" },
    });
    expect(lenient.status).toBe(200);
    expect(lenient.headers.get("preference-applied")).toBeNull();
    const strict = await fetch(`${stack.rest}/books?select=id&id=eq.1`, {
      headers: { "Accept-Profile": "api_test", Prefer: "handling=strict, timezone=Mars/Olympus" },
    });
    await expectReply(strict, 400, {
      code: "PGRST122",
      message: "Invalid preferences given with handling=strict",
      details: "Invalid preferences: timezone=Mars/Olympus",
      hint: null,
    });
  });
});

describe("Preference-Applied", () => {
  it("lists what an insert honoured in PostgREST's order", async () => {
    const response = await call(
      stack,
      "/items",
      "POST",
      "count=exact, return=representation, missing=default, resolution=merge-duplicates, handling=lenient",
      [{ id: 1, qty: 11 }],
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("preference-applied")).toBe(
      "resolution=merge-duplicates, missing=default, return=representation, count=exact, handling=lenient",
    );
    expect(await quantities(stack)).toEqual([11, 20, 30]);
  });

  it("takes the first of two values for one preference", async () => {
    const response = await call(
      stack,
      "/items?id=eq.2",
      "PATCH",
      "return=representation, return=minimal",
      {
        qty: 21,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("preference-applied")).toBe("return=representation");
  });
});
