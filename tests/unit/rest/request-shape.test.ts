// A read's shape: which query values become slots of one cached plan, and which stay in the key.
import { describe, expect, it } from "vitest";
import { requestShape } from "../../../supabase/local/rest/request-shape";

describe("requestShape", () => {
  it("takes out plain comparison values, decoded, and keeps keys and operators in the key", () => {
    const one = requestShape(
      "/rest/v1/items",
      "?select=id&id=eq.4&tasks.due=lt.2026-01-01&name=neq.a%2Cb+c",
    );
    const two = requestShape(
      "/rest/v1/items",
      "?select=id&id=eq.9&tasks.due=lt.2027-01-01&name=neq.x",
    );
    expect(one?.values).toEqual(["4", "2026-01-01", "a,b c"]);
    expect(two?.values).toEqual(["9", "2027-01-01", "x"]);
    expect(one?.key).toBe(two?.key);
    expect(one?.sentinelQuery.get("id")).toBe(`eq.${one?.sentinels[0]}`);
  });

  it("keeps in the key what shapes the SQL: steering keys, other operators, negation", () => {
    const base = requestShape("/rest/v1/items", "?id=eq.1&limit=5");
    for (const other of [
      "?id=eq.1&limit=6",
      "?id=gt.1&limit=5",
      "?id=eq.1&limit=5&name=like.a*",
      "?id=eq.1&limit=5&name=not.eq.a",
      "?id=eq.1&limit=5&or=(a.eq.1,b.eq.2)",
    ]) {
      expect(requestShape("/rest/v1/items", other)?.key).not.toBe(base?.key);
    }
    expect(requestShape("/rest/v1/items", "?name=like.a*&tasks.limit=eq.1")).toBeNull();
    expect(requestShape("/rest/v1/other", "?id=eq.1&limit=5")?.key).not.toBe(base?.key);
  });

  it("gives no shape to a function call or a read without slotted values", () => {
    expect(requestShape("/rest/v1/rpc/fn", "?id=eq.1")).toBeNull();
    expect(requestShape("/rest/v1/items", "?select=id")).toBeNull();
    expect(requestShape("/rest/v1/items", "")).toBeNull();
  });
});
