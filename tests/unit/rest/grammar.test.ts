import { describe, expect, it } from "vitest";
import {
  parseField,
  parseList,
  parseLogic,
  parseOperation,
} from "../../../supabase/local/rest/grammar";
import { parseOrder } from "../../../supabase/local/rest/parse-order";
import { parseSelect } from "../../../supabase/local/rest/parse-select";

describe("parseOperation", () => {
  it("reads operator, negation and value", () => {
    expect(parseOperation("not.eq.5")).toMatchObject({
      negated: true,
      operator: "eq",
      value: "5",
      list: null,
    });
    expect(parseOperation("eq.a.b")).toMatchObject({ operator: "eq", value: "a.b" });
  });

  it("reads in-lists with quotes protecting separators and backslash escapes", () => {
    expect(parseOperation('in.(1,"a,b","say \\"hi\\"",(x))').list).toEqual([
      "1",
      "a,b",
      'say "hi"',
      "(x)",
    ]);
    expect(parseOperation("in.()").list).toEqual([]);
  });

  it("reads quantifiers and full-text languages", () => {
    expect(parseOperation("like(any).{a*,b*}")).toMatchObject({
      quantifier: "any",
      list: ["a*", "b*"],
    });
    expect(parseOperation("fts(english).cat")).toMatchObject({
      operator: "fts",
      language: "english",
      value: "cat",
    });
  });

  it.each([
    ["not.in.1,2", "refine's nin without parentheses"],
    ["nstartswith.a", "an unknown operator"],
    ["eq", "a missing value"],
    ["is.maybe", "an unknown is value"],
    ["eq(english).x", "a language on a non-fts operator"],
    ["fts(english'--).x", "a language that is not an identifier"],
  ])("refuses %s (%s) with PGRST100", (text) => {
    expect(() => parseOperation(text)).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ code: "PGRST100" }) }),
    );
  });
});

describe("parseField", () => {
  it("splits JSON paths", () => {
    expect(parseField("data->a->>b")).toEqual({
      name: "data",
      json: [
        { arrow: "->", key: "a" },
        { arrow: "->>", key: "b" },
      ],
    });
  });
});

describe("parseList", () => {
  it("keeps empty items so refine's empty slots stay visible", () => {
    expect(parseList("a,,b")).toEqual(["a", "", "b"]);
  });
});

describe("parseLogic", () => {
  it("parses nested trees", () => {
    const tree = parseLogic("or", false, "(a.eq.1,not.and(b.gt.2,c.is.null))");
    expect(tree).toMatchObject({
      op: "or",
      children: [
        { type: "filter", condition: { field: { name: "a" }, operator: "eq", value: "1" } },
        {
          type: "logic",
          op: "and",
          negated: true,
          children: [{ type: "filter" }, { type: "filter" }],
        },
      ],
    });
  });

  it("unquotes whole quoted values", () => {
    const tree = parseLogic("or", false, '(title.eq."a,b)")');
    expect(tree.type === "logic" && tree.children[0]).toMatchObject({
      condition: { value: "a,b)" },
    });
  });

  it("refuses empty slots and absurd nesting", () => {
    expect(() => parseLogic("or", false, "(a.eq.1,,b.eq.2)")).toThrow();
    const deep = `(${"or(".repeat(100)}a.eq.1${")".repeat(100)})`;
    expect(() => parseLogic("or", false, deep)).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ code: "PGRST100" }) }),
    );
  });
});

describe("parseOrder", () => {
  it("reads direction, nulls and related columns", () => {
    expect(parseOrder("a.desc.nullslast,author(name).asc,b")).toEqual([
      { relation: null, field: { name: "a", json: [] }, direction: "desc", nulls: "last" },
      { relation: "author", field: { name: "name", json: [] }, direction: "asc", nulls: null },
      { relation: null, field: { name: "b", json: [] }, direction: null, nulls: null },
    ]);
  });

  it("refuses unknown modifiers", () => {
    expect(() => parseOrder("a.sideways")).toThrow();
  });
});

describe("parseSelect", () => {
  it("reads columns, aliases, casts, JSON paths and embeds", () => {
    expect(
      parseSelect("id, label:name::text, data->>k, co:companies!fk!inner(name, ...x(y)), *"),
    ).toEqual([
      { type: "column", field: { name: "id", json: [] }, alias: null, cast: null },
      { type: "column", field: { name: "name", json: [] }, alias: "label", cast: "text" },
      {
        type: "column",
        field: { name: "data", json: [{ arrow: "->>", key: "k" }] },
        alias: null,
        cast: null,
      },
      {
        type: "embed",
        name: "companies",
        alias: "co",
        hint: "fk",
        inner: true,
        spread: false,
        select: [
          { type: "column", field: { name: "name", json: [] }, alias: null, cast: null },
          {
            type: "embed",
            name: "x",
            alias: null,
            hint: null,
            inner: false,
            spread: true,
            select: [{ type: "column", field: { name: "y", json: [] }, alias: null, cast: null }],
          },
        ],
      },
      { type: "star" },
    ]);
  });

  it("keeps spaces inside double-quoted names", () => {
    expect(parseSelect('"my col"')).toEqual([
      { type: "column", field: { name: "my col", json: [] }, alias: null, cast: null },
    ]);
  });

  it("reads aggregates with aliases and both casts when they are enabled", () => {
    expect(parseSelect("total:amount::int.sum()::text,count(),day", true)).toEqual([
      {
        type: "aggregate",
        fn: "sum",
        field: { name: "amount", json: [] },
        alias: "total",
        inputCast: "int",
        outputCast: "text",
      },
      {
        type: "aggregate",
        fn: "count",
        field: null,
        alias: null,
        inputCast: null,
        outputCast: null,
      },
      { type: "column", field: { name: "day", json: [] }, alias: null, cast: null },
    ]);
  });

  it("refuses aggregates, unbalanced parentheses and a cast with SQL in it", () => {
    expect(() => parseSelect("count()")).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ code: "PGRST123" }) }),
    );
    expect(() => parseSelect("a,b(c")).toThrow();
    expect(() => parseSelect("id::int);drop")).toThrow();
  });
});
