// The people filters: a role and a name-or-email search, read back for the inputs.
import { describe, expect, it } from "vitest";
import { currentPeopleFilters, peopleFilters } from "../../../admin/src/resources/people/search";

describe("people filters", () => {
  it("search name or email, trimmed, together with the role", () => {
    expect(peopleFilters("team", "  ada ")).toEqual([
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
    const [search] = peopleFilters(undefined, 'o"b\\rien');
    expect(search?.value).toEqual([
      { field: "full_name", operator: "contains", value: "obrien" },
      { field: "email", operator: "contains", value: "obrien" },
    ]);
  });

  it("filter nothing for a blank search and no role", () => {
    expect(peopleFilters(undefined, "   ")).toEqual([]);
    expect(peopleFilters(undefined, undefined)).toEqual([]);
  });

  it("read back the role and search text they hold", () => {
    expect(currentPeopleFilters(peopleFilters("admin", "globex"))).toEqual({
      role: "admin",
      search: "globex",
    });
    expect(currentPeopleFilters([])).toEqual({ role: undefined, search: "" });
  });
});
