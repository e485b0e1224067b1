// postgres_changes filters: the grammar realtime-js sends and typed matching.
import { describe, expect, it } from "vitest";
import { FilterError, matchesFilters, parseFilter } from "../../../supabase/local/realtime/filters";

const types: Record<string, string> = { id: "int8", name: "text", done: "bool" };
const typeOf = (column: string) => types[column] ?? "text";

describe("parseFilter", () => {
  it("reads column=op.value, not., in lists with quotes and comma-joined conditions", () => {
    expect(parseFilter("id=eq.7")).toEqual([
      { column: "id", op: "eq", negate: false, values: ["7"] },
    ]);
    expect(parseFilter('name=in.(a,"b,c",d)')).toEqual([
      { column: "name", op: "in", negate: false, values: ["a", "b,c", "d"] },
    ]);
    expect(parseFilter("id=gt.1,name=not.eq.x")).toEqual([
      { column: "id", op: "gt", negate: false, values: ["1"] },
      { column: "name", op: "eq", negate: true, values: ["x"] },
    ]);
  });

  it("refuses what Realtime refuses", () => {
    for (const bad of [
      "id",
      "id=eq",
      "id=like.a%",
      "id=in.1,2",
      `id=in.(${Array(101).fill(1).join(",")})`,
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(FilterError);
    }
  });
});

describe("matchesFilters", () => {
  it("compares numbers as numbers and text as text", () => {
    expect(matchesFilters(parseFilter("id=gt.9"), { id: "10" }, typeOf)).toBe(true);
    expect(matchesFilters(parseFilter("name=gt.9"), { name: "10" }, typeOf)).toBe(false);
    expect(matchesFilters(parseFilter("id=in.(1,2)"), { id: "2" }, typeOf)).toBe(true);
    expect(matchesFilters(parseFilter("id=neq.2"), { id: "2" }, typeOf)).toBe(false);
    expect(matchesFilters(parseFilter("id=not.in.(1,2)"), { id: "3" }, typeOf)).toBe(true);
  });

  it("fails closed on NULL and on a column the row lacks", () => {
    expect(matchesFilters(parseFilter("name=neq.x"), { name: null }, typeOf)).toBe(false);
    expect(matchesFilters(parseFilter("name=eq.x"), { id: "1" }, typeOf)).toBe(false);
  });
});
