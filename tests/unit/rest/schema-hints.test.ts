// The fuzzy "Perhaps you meant …" hints against the examples PostgREST 13 documents for them
// (src/PostgREST/Error/SchemaCacheError.hs doctests of noRpcHint and noRelBetweenHint).
import { describe, expect, it } from "vitest";
import type {
  Column,
  ForeignKey,
  RoutineInfo,
  SchemaCache,
  Table,
} from "../../../supabase/local/rest/catalogue";
import { FuzzySet, levenshteinSimilarity } from "../../../supabase/local/rest/fuzzy-set";
import {
  functionHint,
  relationshipHint,
  tableHint,
} from "../../../supabase/local/rest/schema-hints";

const table = (schema: string, name: string): Table => ({
  schema,
  name,
  kind: "table",
  columns: new Map<string, Column>(),
  primaryKey: ["id"],
  uniqueKeys: [["id"]],
  computed: new Map(),
  computedRelations: new Map(),
});

const routine = (schema: string, name: string, params: string[]): RoutineInfo => ({
  schema,
  name,
  args: params.map((param) => ({ name: param, type: "text", hasDefault: false })),
  volatility: "s",
  returnsSet: false,
  returnType: "integer",
  returnColumns: null,
  returnTable: null,
  returnsVoid: false,
});

const fk = (table: string, refTable: string): ForeignKey => ({
  name: `${table}_${refTable}_fkey`,
  schema: "api",
  table,
  columns: [`${refTable}_id`],
  refSchema: "api",
  refTable,
  refColumns: ["id"],
});

function cacheOf(tables: Table[], foreignKeys: ForeignKey[], routines: RoutineInfo[]): SchemaCache {
  const byName = new Map<string, RoutineInfo[]>();
  for (const r of routines) {
    const key = `${r.schema}.${r.name}`;
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  return {
    tables: new Map(tables.map((t) => [`${t.schema}.${t.name}`, t])),
    foreignKeys,
    routines: byName,
    types: new Map(),
    roles: new Map(),
    allRoles: new Set(),
    timezones: new Set(),
  };
}

describe("FuzzySet", () => {
  it("scores an exact, case-insensitive match alone at 1", () => {
    expect(new FuzzySet(["Projects", "people"]).matches("projects")).toEqual([[1, "Projects"]]);
  });

  it("ranks by edit distance and drops what scores under 0.33", () => {
    const set = new FuzzySet(["projects", "project_members", "invoices"]);
    expect(set.closest("project")).toBe("projects");
    expect(set.closest("zzzzzz")).toBeNull();
    expect(levenshteinSimilarity("kitten", "sitting")).toBeCloseTo(1 - 3 / 7);
  });
});

describe("PGRST202 hint (noRpcHint)", () => {
  const cache = cacheOf(
    [],
    [],
    [
      routine("api", "test", ["val", "param", "name"]),
      routine("api", "test", ["id", "attr"]),
      routine("api", "another", []),
      routine("private", "other", []),
    ],
  );

  it.each([
    ["testt", ["val", "param", "name"], "Perhaps you meant to call the function api.test"],
    ["other", [], "Perhaps you meant to call the function api.another"],
    ["noclosealternative", [], null],
    [
      "test",
      ["vall", "pqaram", "nam"],
      "Perhaps you meant to call the function api.test(name, param, val)",
    ],
    ["test", ["val", "param"], "Perhaps you meant to call the function api.test(name, param, val)"],
    ["test", ["id", "attrs"], "Perhaps you meant to call the function api.test(attr, id)"],
    ["test", ["id"], "Perhaps you meant to call the function api.test(attr, id)"],
    ["test", ["noclosealternative"], null],
  ])("suggests for %s(%j): %s", (name, args, hint) => {
    expect(functionHint(cache, "api", name, args)).toBe(hint);
  });
});

describe("PGRST200 hint (noRelBetweenHint)", () => {
  const tables = ["films", "directors", "roles", "actors"].map((name) => table("api", name));
  const cache = cacheOf(
    tables,
    [fk("films", "directors"), fk("roles", "films"), fk("films", "actors")],
    [],
  );

  it.each([
    ["film", "directors", "Perhaps you meant 'films' instead of 'film'."],
    ["films", "role", "Perhaps you meant 'roles' instead of 'role'."],
    ["films", "actors", null],
    ["noclosealternative", "roles", null],
    ["films", "noclosealternative", null],
  ])("suggests for %s and %s: %s", (parent, child, hint) => {
    expect(relationshipHint(cache, "api", parent, child)).toBe(hint);
  });
});

describe("PGRST205 hint (tableNotFoundHint)", () => {
  it("names the closest table of the same schema only", () => {
    const cache = cacheOf([table("api", "projects"), table("other", "project")], [], []);
    expect(tableHint(cache, "api", "project")).toBe("Perhaps you meant the table 'api.projects'");
    expect(tableHint(cache, "api", "Projects")).toBe("Perhaps you meant the table 'api.projects'");
    expect(tableHint(cache, "api", "qqqqqq")).toBeNull();
  });
});
