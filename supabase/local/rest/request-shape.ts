// A read's shape: its URL with the values of plain comparison filters taken out, so that one plan
// and its SQL text serve every value (`id=eq.1`, `id=eq.2`, …); the values go into the statement's
// bind parameters. A shape is trusted only once planning proved where each value lands.
import { randomUUID } from "node:crypto";
import type { Transaction } from "./build-transaction";

/** Comparisons whose value reaches Postgres as one bind parameter, untouched (no `*`, lists or keywords). */
const SLOTTED = /^(eq|neq|gt|gte|lt|lte)\.(.*)$/s;
/** A column or an embedded resource's column: `name`, `tasks.status`. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Query keys that steer the request rather than filter it (parse-request.ts's classify). */
export const STEERING_KEYS = [
  "select",
  "order",
  "limit",
  "offset",
  "columns",
  "on_conflict",
  "or",
  "and",
] as const;
const STEERING = new Set<string>(STEERING_KEYS);

export interface RequestShape {
  /** The URL with each slotted value blanked: the cache's request line. */
  key: string;
  /** The slotted values, in query order. */
  values: string[];
  /** The query with each value replaced by a sentinel, to plan the shape itself. */
  sentinelQuery: URLSearchParams;
  sentinels: string[];
}

/** Where a value goes: the statement parameter `param` takes the request's value number `value`. */
export interface Slot {
  param: number;
  value: number;
}

/** Sentinels no client can guess, so none can pose as a planned slot. */
const SENTINEL_PREFIX = `pgrst_shape_${randomUUID()}_`;

/**
 * The shape of a GET on a table or view, or null when it has no slotted filter (the exact
 * cache covers it) or is not a plain read.
 * @example requestShape("/rest/v1/items", "?id=eq.4&select=id")?.values // ["4"]
 */
export function requestShape(pathname: string, search: string): RequestShape | null {
  if (pathname.includes("/rpc/") || search.length < 2) {
    return null;
  }
  const pairs: string[] = [];
  const values: string[] = [];
  const sentinels: string[] = [];
  const sentinelQuery = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    const last = key.slice(key.lastIndexOf(".") + 1);
    const match = PLAIN_KEY.test(key) && !STEERING.has(last) ? SLOTTED.exec(value) : null;
    if (match) {
      const sentinel = `${SENTINEL_PREFIX}${values.length}`;
      pairs.push(key, `${match[1]}.`);
      values.push(match[2] as string);
      sentinels.push(sentinel);
      sentinelQuery.append(key, `${match[1]}.${sentinel}`);
    } else {
      pairs.push(key, value);
      sentinelQuery.append(key, value);
    }
  }
  if (values.length === 0) {
    return null;
  }
  return { key: JSON.stringify([pathname, pairs]), values, sentinelQuery, sentinels };
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === "object" && JSON.stringify(a) === JSON.stringify(b));

/**
 * Where each value of the real request landed, judged by planning the shape with sentinels: the
 * same SQL text, every other parameter equal, every value in a parameter of its own verbatim.
 * Null when the values shaped anything else (then the shape is not cached).
 * @example slotsOf(real, template, shape) // [{ param: 0, value: 0 }]
 */
export function slotsOf(
  real: Transaction,
  template: Transaction,
  shape: RequestShape,
): Slot[] | null {
  if (
    real.statement.text !== template.statement.text ||
    real.explain !== null ||
    template.explain !== null ||
    real.planRequest !== null ||
    real.readOnly !== template.readOnly ||
    real.end !== template.end ||
    real.single !== template.single ||
    real.decideAfter !== template.decideAfter ||
    real.setup.text !== template.setup.text ||
    !real.setup.values.every((value, i) => sameValue(value, template.setup.values[i]))
  ) {
    return null;
  }
  const mine = real.statement.params;
  const theirs = template.statement.params;
  if (mine.length !== theirs.length) {
    return null;
  }
  const slots: Slot[] = [];
  const placed = new Set<number>();
  for (let i = 0; i < theirs.length; i++) {
    const value = typeof theirs[i] === "string" ? shape.sentinels.indexOf(theirs[i] as string) : -1;
    if (value >= 0) {
      if (mine[i] !== shape.values[value]) {
        return null;
      }
      slots.push({ param: i, value });
      placed.add(value);
    } else if (!sameValue(mine[i], theirs[i])) {
      return null;
    }
  }
  return placed.size === shape.values.length ? slots : null;
}

/**
 * The shape's transaction with this request's values in their parameters.
 * @example fill(template, slots, ["4"]).statement.params // ["4", …]
 */
export function fill(template: Transaction, slots: Slot[], values: string[]): Transaction {
  const params = template.statement.params.slice();
  for (const { param, value } of slots) {
    params[param] = values[value];
  }
  return { ...template, statement: { ...template.statement, params } };
}
