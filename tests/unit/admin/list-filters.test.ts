// A list's filters: dropdown values and a search box over several columns, as one filter list,
// read back for the inputs (here the people list's: a role, and a name-or-email search).
import { describe, expect, it } from "vitest";
import { currentListFilters, listFilters } from "../../../admin/src/components/list/filters";

const searchFields = ["full_name", "email"];

describe("list filters", () => {
  it("search name or email, trimmed, together with the role", () => {
    expect(listFilters({ role: "team" }, searchFields, "  ada ")).toEqual([
      { field: "role", operator: "eq", value: "team" },
      {
        key: "search",
        operator: "or",
        value: [
          { field: "full_name", operator: "contains", value: "ada" },
          { field: "email", operator: "contains", value: "ada" },
        ],
      },
    ]);
  });

  it("drop quotes and backslashes that would end PostgREST's quoted or= value", () => {
    const [search] = listFilters({ role: undefined }, searchFields, 'o"b\\rien');
    expect(search?.value).toEqual([
      { field: "full_name", operator: "contains", value: "obrien" },
      { field: "email", operator: "contains", value: "obrien" },
    ]);
  });

  it("filter nothing for a blank search and no role", () => {
    expect(listFilters({ role: undefined }, searchFields, "   ")).toEqual([]);
    expect(listFilters({}, searchFields, undefined)).toEqual([]);
  });

  it("read back the role and search text they hold", () => {
    const filters = listFilters({ role: "admin" }, searchFields, "globex");
    expect(currentListFilters(filters, ["role"])).toEqual({
      choices: { role: "admin" },
      search: "globex",
    });
    expect(currentListFilters([], ["role"])).toEqual({ choices: { role: undefined }, search: "" });
  });
});
