// Stage 1, the query string: each key either steers the request (`select`, `order`, `limit`,
// `offset`, `columns`, `on_conflict`, `and`/`or`, at the top or under an embed's path) or is a
// filter or RPC argument kept as sent for the planner. Apart from parse-request.ts, which reads
// the request line, headers and body around it.
import { parseError } from "./errors";
import { parseLogic } from "./grammar";
import { parseOrder } from "./parse-order";
import type { ApiRequest } from "./parse-request";
import { parseSelect } from "./parse-select";
import { STEERING_KEYS } from "./request-shape";

const nonNegative = (text: string, what: string): number => {
  if (!/^\d{1,15}$/.test(text)) {
    throw parseError(`${what} (${text})`, "expecting a non-negative integer");
  }
  return Number(text);
};

/** Keys that steer the request; every other key is a filter or an RPC argument. */
function classify(key: string): { path: string; word: string } | null {
  const words = ["not.or", "not.and", ...STEERING_KEYS];
  for (const word of words) {
    if (key === word) {
      return { path: "", word };
    }
    if (key.endsWith(`.${word}`) && !["select", "columns", "on_conflict"].includes(word)) {
      return { path: key.slice(0, -word.length - 1), word };
    }
  }
  return null;
}

/**
 * Files every query parameter into the request: parsed when it steers, kept when it filters.
 * @example readQuery(request, new URLSearchParams("select=id&id=eq.1"), false)
 */
export function readQuery(
  request: ApiRequest,
  query: URLSearchParams,
  aggregatesEnabled: boolean,
): void {
  for (const [key, value] of query) {
    const kind = classify(key);
    if (!kind) {
      request.filterParams.push([key, value]);
      continue;
    }
    const { path, word } = kind;
    if (word === "select") {
      request.select = parseSelect(value, aggregatesEnabled);
    } else if (word === "order") {
      request.orders.set(path, [...(request.orders.get(path) ?? []), ...parseOrder(value)]);
    } else if (word === "limit" || word === "offset") {
      const current = request.limits.get(path) ?? { limit: null, offset: 0 };
      if (word === "limit") {
        current.limit = nonNegative(value, "limit");
      } else {
        current.offset = nonNegative(value, "offset");
      }
      request.limits.set(path, current);
    } else if (word === "columns") {
      request.columns = value.split(",").map((name) => name.trim().replace(/^"(.*)"$/, "$1"));
    } else if (word === "on_conflict") {
      request.onConflict = value.split(",").map((name) => name.trim().replace(/^"(.*)"$/, "$1"));
    } else {
      const negated = word.startsWith("not.");
      const op = word.endsWith("and") ? "and" : "or";
      request.logic.set(path, [...(request.logic.get(path) ?? []), parseLogic(op, negated, value)]);
    }
  }
}
