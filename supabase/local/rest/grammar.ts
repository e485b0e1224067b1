// PostgREST's query-string grammar as pure functions: fields with JSON paths, filter operations,
// logic trees and the terms `order=` parses into
// (https://docs.postgrest.org/en/stable/references/api/tables_views.html). `select=` has its own
// module (parse-select.ts); quoting and top-level splitting are split-top-level.ts's.
import { parseError } from "./errors";
import { FTS, IS_VALUES, OPERATORS, QUANTIFIABLE } from "./filter-operators";
import { splitTopLevel, unquote } from "./split-top-level";

export interface JsonStep {
  arrow: "->" | "->>";
  key: string;
}

export interface FieldRef {
  name: string;
  json: JsonStep[];
}

export interface Operation {
  negated: boolean;
  operator: string;
  quantifier: "any" | "all" | null;
  /** The raw value; for `in` and quantified operators, `list` holds the elements instead. */
  value: string;
  list: string[] | null;
  language: string | null;
}

export interface Condition extends Operation {
  field: FieldRef;
}

/** An `and`/`or` tree of conditions: as parsed ({@link LogicNode}) and as planned (read-tree.ts). */
export type LogicTree<C> =
  | { type: "filter"; condition: C }
  | { type: "logic"; op: "and" | "or"; negated: boolean; children: LogicTree<C>[] };

export type LogicNode = LogicTree<Condition>;

export interface OrderTerm {
  /** Set for `order=rel(col).desc`: order parents by a to-one embed's column. */
  relation: string | null;
  field: FieldRef;
  direction: "asc" | "desc" | null;
  nulls: "first" | "last" | null;
}

/** Deepest `select` embedding and logic nesting accepted; beyond it the request is refused. */
export const MAX_DEPTH = 24;

/**
 * Splits `name->a->>b` into the column and its JSON path.
 * @example parseField("data->a->>b") // { name: "data", json: [{arrow:"->",key:"a"},{arrow:"->>",key:"b"}] }
 */
export function parseField(text: string): FieldRef {
  const parts = text.split(/(->>|->)/);
  const name = unquote(parts[0] ?? "");
  if (name === "") {
    throw parseError("field", `empty column name in "${text}"`);
  }
  const json: JsonStep[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const key = unquote(parts[i + 1] ?? "");
    if (key === "") {
      throw parseError("field", `empty JSON key in "${text}"`);
    }
    json.push({ arrow: parts[i] === "->>" ? "->>" : "->", key });
  }
  return { name, json };
}

/** Elements of `(a,"b,c")` or `{a,b}`: double quotes protect separators, backslash escapes. */
export function parseList(inner: string): string[] {
  if (inner === "") {
    return [];
  }
  return splitTopLevel(inner, "filter").map((item) => unquote(item));
}

/**
 * Parses the right-hand side of a filter, e.g. `not.in.(1,2)` or `fts(english).cat`.
 * @example parseOperation("not.eq.5") // { negated: true, operator: "eq", value: "5", ... }
 */
export function parseOperation(text: string): Operation {
  const fail = (details: string) => parseError(`filter (${text})`, details);
  let rest = text;
  let negated = false;
  if (rest.startsWith("not.")) {
    negated = true;
    rest = rest.slice(4);
  }
  const dot = rest.indexOf(".");
  if (dot < 0) {
    throw fail(`expecting "." after the operator`);
  }
  const head = rest.slice(0, dot);
  const value = rest.slice(dot + 1);
  const match = /^([a-z]+)(?:\(([^)]*)\))?$/.exec(head);
  const operator = match?.[1] ?? "";
  const modifier = match?.[2];
  if (!match || !OPERATORS.has(operator)) {
    throw fail(`unknown operator "${head}"`);
  }
  let quantifier: Operation["quantifier"] = null;
  let language: string | null = null;
  if (modifier !== undefined) {
    if (FTS.has(operator) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(modifier)) {
      language = modifier;
    } else if (QUANTIFIABLE.has(operator) && (modifier === "any" || modifier === "all")) {
      quantifier = modifier;
    } else {
      throw fail(`unexpected modifier "(${modifier})"`);
    }
  }
  let list: string[] | null = null;
  if (operator === "in") {
    const inner = /^\((.*)\)$/s.exec(value);
    if (!inner) {
      throw fail(`unexpected "${value.slice(0, 1)}" expecting "("`);
    }
    list = parseList(inner[1] ?? "");
  } else if (quantifier) {
    const inner = /^\{(.*)\}$/s.exec(value);
    if (!inner) {
      throw fail(`unexpected "${value.slice(0, 1)}" expecting "{"`);
    }
    list = parseList(inner[1] ?? "");
  } else if (operator === "is" && !IS_VALUES.has(value.toLowerCase())) {
    throw fail(`unexpected "${value}" expecting null, not_null, true, false or unknown`);
  }
  return { negated, operator, quantifier, value, list, language };
}

/**
 * Parses a logic tree value such as `(a.eq.1,and(b.gt.2,c.is.null))`.
 * @example parseLogic("or", false, "(a.eq.1,b.eq.2)")
 */
export function parseLogic(op: "and" | "or", negated: boolean, text: string, depth = 0): LogicNode {
  const fail = (details: string) => parseError(`logic tree (${text})`, details);
  if (depth > MAX_DEPTH) {
    throw fail(`nesting deeper than ${MAX_DEPTH} levels`);
  }
  const inner = /^\((.*)\)$/s.exec(text);
  if (!inner) {
    throw fail(`expecting "(" and ")" around the conditions`);
  }
  const children = splitTopLevel(inner[1] ?? "", `logic tree (${text})`).map((item): LogicNode => {
    const nested = /^(not\.)?(and|or)(\(.*\))$/s.exec(item);
    if (nested) {
      return parseLogic(
        nested[2] === "and" ? "and" : "or",
        Boolean(nested[1]),
        nested[3] ?? "",
        depth + 1,
      );
    }
    const dot = item.indexOf(".");
    if (item === "" || dot <= 0) {
      throw fail(`unexpected "${item}" expecting a condition`);
    }
    const field = parseField(item.slice(0, dot));
    const operation = parseOperation(item.slice(dot + 1));
    // Inside a logic tree a whole value may be double-quoted to protect `,` and `)`.
    if (operation.list === null && /^".*"$/s.test(operation.value)) {
      operation.value = unquote(operation.value);
    }
    return { type: "filter", condition: { ...operation, field } };
  });
  return { type: "logic", op, negated, children };
}
