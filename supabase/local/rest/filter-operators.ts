// The filter operators PostgREST knows (`eq`, `in`, `fts`, …), which of them take `any`/`all`
// or a text-search language, and the values `is` accepts. One vocabulary for parsing filters
// (grammar.ts) and for telling a filter from an RPC argument (plan-call.ts).

/** Operators that compare one value, and may take `any`/`all` over a list: `eq(any).{1,2}`. */
export const QUANTIFIABLE = new Set([
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "like",
  "ilike",
  "match",
  "imatch",
]);

export const OPERATORS = new Set([
  ...QUANTIFIABLE,
  "in",
  "is",
  "isdistinct",
  "cs",
  "cd",
  "ov",
  "sl",
  "sr",
  "nxr",
  "nxl",
  "adj",
  "fts",
  "plfts",
  "phfts",
  "wfts",
]);

export const FTS = new Set(["fts", "plfts", "phfts", "wfts"]);
export const IS_VALUES = new Set(["null", "not_null", "true", "false", "unknown"]);
