import { describe, expect, it } from "vitest";
import { apiKeysFor } from "../../../supabase/local/keys";
import { buildStatement } from "../../../supabase/local/rest/build-sql";
import type { Column, SchemaCache, Table } from "../../../supabase/local/rest/catalogue";
import { parseRestConfig } from "../../../supabase/local/rest/config";
import { parseRequest } from "../../../supabase/local/rest/parse-request";
import { planRequest } from "../../../supabase/local/rest/plan";

const column = (name: string, type: string): [string, Column] => [
  name,
  { name, type, nullable: true, hasDefault: false, generated: false },
];
const table = (name: string, columns: [string, Column][]): Table => ({
  schema: "public",
  name,
  kind: "table",
  columns: new Map(columns),
  primaryKey: ["id"],
  uniqueKeys: [["id"]],
  computed: new Map(),
  computedRelations: new Map(),
});

const cache: SchemaCache = {
  tables: new Map([
    [
      "public.posts",
      table("posts", [
        column("id", "integer"),
        column("title", "text"),
        column("data", "jsonb"),
        column("author_id", "integer"),
      ]),
    ],
    ["public.authors", table("authors", [column("id", "integer"), column("name", "text")])],
  ]),
  foreignKeys: [
    {
      name: "posts_author_id_fkey",
      schema: "public",
      table: "posts",
      columns: ["author_id"],
      refSchema: "public",
      refTable: "authors",
      refColumns: ["id"],
    },
  ],
  routines: new Map(),
  types: new Map([["text", '"pg_catalog"."text"']]),
  roles: new Map([["anon", []]]),
  timezones: new Set(),
  allRoles: new Set(),
};

const MARKER = "x'); drop table posts; --";

async function statementFor(method: string, query: string, body = "") {
  const config = parseRestConfig({}, await apiKeysFor("unit-secret-with-at-least-32-characters!!"));
  const request = parseRequest(
    {
      method,
      path: "/posts",
      query: new URLSearchParams(query),
      headers: { prefer: "return=representation" },
      body,
    },
    config,
  );
  return buildStatement(planRequest(cache, request, 1000), {
    media: "json",
    stripNulls: false,
    count: "exact",
    representation: true,
    maxRows: 1000,
  });
}

describe("buildStatement", () => {
  it.each([
    ["an eq value", `title=eq.${MARKER}`],
    ["an in-list element", `id=in.(1,"${MARKER}")`],
    ["a like pattern", `title=like.*${MARKER}*`],
    ["a JSON path key", `data->>${MARKER}=eq.1`],
    ["a logic tree value", `or=(title.eq."${MARKER}",id.eq.1)`],
    ["an embedded filter", `select=id,authors(name)&authors.name=eq.${MARKER}`],
    ["a quantified list", `title=like(any).{a,"${MARKER}"}`],
  ])("binds %s as a parameter, never as SQL text", async (_what, query) => {
    const statement = await statementFor("GET", query);
    expect(statement.text).not.toContain("drop table");
    expect(JSON.stringify(statement.params)).toContain("drop table");
  });

  it("binds write bodies as parameters", async () => {
    const insert = await statementFor("POST", "", JSON.stringify({ title: MARKER }));
    expect(insert.text).not.toContain("drop table");
    expect(insert.params).toContain(`[${JSON.stringify({ title: MARKER })}]`);
    const update = await statementFor("PATCH", "id=eq.1", JSON.stringify({ title: MARKER }));
    expect(update.text).not.toContain("drop table");
  });

  it("quotes aliases through the one quoting function", async () => {
    const statement = await statementFor("GET", `select=${encodeURIComponent('"my title"')}:title`);
    expect(statement.text).toContain('"pgrst_0"."title" as "my title"');
  });

  it("counts with the same conditions as the page", async () => {
    const statement = await statementFor("GET", "select=id&title=eq.a&limit=5");
    expect(statement.text).toMatch(
      /select count\(\*\) from \(select 1 from "public"\."posts" as "pgrst_0" where "pgrst_0"\."title" = \$\d\)/,
    );
    expect(statement.params).toEqual(["a", "a", 5]);
  });
});
