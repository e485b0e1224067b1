// postgres_changes filters, `column=op.value` as realtime-js sends them: ops eq neq lt lte gt
// gte in (`in.(a,"b,c")`, at most 100 values), an optional `not.` and several conditions joined
// by commas (AND). Values are compared with the column's type, after Postgres has parsed them
// (see catalog.ts `canonicalValue`), so `id=eq.42` and a uuid in upper case both match.

export type FilterOp = "eq" | "neq" | "lt" | "lte" | "gt" | "gte" | "in";

export interface Filter {
  column: string;
  op: FilterOp;
  negate: boolean;
  values: string[];
}

export class FilterError extends Error {}

const OPS = new Set<string>(["eq", "neq", "lt", "lte", "gt", "gte", "in"]);
const MAX_IN_VALUES = 100;
const NUMERIC_TYPES = new Set(["int2", "int4", "int8", "float4", "float8", "numeric", "oid"]);

/** Splits on `sep` outside double quotes and parentheses. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (char === "\\" && quoted) {
      current += char + (text[index + 1] ?? "");
      index += 1;
      continue;
    }
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === "(") {
      depth += 1;
    } else if (!quoted && char === ")") {
      depth -= 1;
    } else if (!quoted && depth === 0 && char === sep) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return trimmed;
}

/**
 * Parses a binding's `filter`; throws FilterError with the reason.
 * @example parseFilter("company_id=eq.7") // [{ column: "company_id", op: "eq", negate: false, values: ["7"] }]
 */
export function parseFilter(text: string): Filter[] {
  return splitTop(text, ",").map((part) => {
    const match = /^([^=]+)=(not\.)?([a-z]+)\.(.*)$/s.exec(part.trim());
    if (!match) {
      throw new FilterError(`invalid filter "${part}": expected column=operator.value`);
    }
    const [, column = "", not, op = "", raw = ""] = match;
    if (!OPS.has(op)) {
      throw new FilterError(`invalid filter "${part}": unsupported operator ${op}`);
    }
    let values = [unquote(raw)];
    if (op === "in") {
      const list = /^\((.*)\)$/s.exec(raw.trim());
      if (!list) {
        throw new FilterError(`invalid filter "${part}": in needs a list like in.(1,2)`);
      }
      values = splitTop(list[1] ?? "", ",").map(unquote);
      if (values.length > MAX_IN_VALUES) {
        throw new FilterError(`invalid filter "${part}": in takes at most ${MAX_IN_VALUES} values`);
      }
    }
    return { column: column.trim(), op: op as FilterOp, negate: Boolean(not), values };
  });
}

function compare(type: string, left: string, right: string): number {
  if (NUMERIC_TYPES.has(type)) {
    return Number(left) - Number(right);
  }
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whether a row passes every filter; a column missing from the row (e.g. a DELETE's old
 * record without REPLICA IDENTITY FULL) fails closed, and NULL never matches, as in Realtime.
 * @example matchesFilters(filters, { company_id: "7" }, (name) => "int8")
 */
export function matchesFilters(
  filters: Filter[],
  row: Record<string, string | null | undefined>,
  typeOf: (column: string) => string,
): boolean {
  return filters.every((filter) => {
    const value = row[filter.column];
    if (value === null || value === undefined) {
      return false;
    }
    const type = typeOf(filter.column);
    const order = (other: string) => compare(type, value, other);
    const [first = ""] = filter.values;
    let result: boolean;
    switch (filter.op) {
      case "eq":
        result = order(first) === 0;
        break;
      case "neq":
        result = order(first) !== 0;
        break;
      case "lt":
        result = order(first) < 0;
        break;
      case "lte":
        result = order(first) <= 0;
        break;
      case "gt":
        result = order(first) > 0;
        break;
      case "gte":
        result = order(first) >= 0;
        break;
      case "in":
        result = filter.values.some((other) => order(other) === 0);
        break;
    }
    return filter.negate ? !result : result;
  });
}
