// The `select=` grammar: columns, aliases, casts, JSON paths and embeds with hints, `!inner`
// and spreads (https://docs.postgrest.org/en/stable/references/api/resource_embedding.html).
import { aggregatesDisabled, parseError } from "./errors";
import { type FieldRef, MAX_DEPTH, parseField } from "./grammar";
import { splitTopLevel, unquote } from "./split-top-level";

/** PostgREST's aggregate functions (db-aggregates-enabled). */
export type AggregateFn = "sum" | "avg" | "min" | "max" | "count";

export type SelectItem =
  | { type: "star" }
  | {
      type: "aggregate";
      fn: AggregateFn;
      /** null for a bare `count()`, which counts rows. */
      field: FieldRef | null;
      alias: string | null;
      /** `amount::int.sum()` casts the input, `amount.sum()::int` the result. */
      inputCast: string | null;
      outputCast: string | null;
    }
  | { type: "column"; field: FieldRef; alias: string | null; cast: string | null }
  | {
      type: "embed";
      name: string;
      alias: string | null;
      hint: string | null;
      inner: boolean;
      spread: boolean;
      select: SelectItem[];
    };

/**
 * Parses `select=`; whitespace outside double quotes is insignificant.
 * @example parseSelect("id,company:companies!inner(name)")
 */
export function parseSelect(text: string, aggregatesEnabled = false): SelectItem[] {
  const compact = text.replace(
    /("(?:[^"\\]|\\.)*")|\s+/g,
    (_all, quoted: string | undefined) => quoted ?? "",
  );
  if (compact === "") {
    return [{ type: "star" }];
  }
  return parseSelectList(compact, text, 0, aggregatesEnabled);
}

const CAST = "([A-Za-z_][A-Za-z0-9_ ]*(?:\\[\\])?)";
/** `alias:field::cast.fn()::cast`, or a bare `count()` (https://docs.postgrest.org/en/v13/references/api/aggregate_functions.html). */
const AGGREGATE = new RegExp(
  `^(?:([^:()!"]+|"[^"]*"):(?!:))?(?:([^:()!]+?|"[^"]*")(?:::${CAST})?\\.)?(sum|avg|min|max|count)\\(\\)(?:::${CAST})?$`,
  "s",
);

function parseAggregate(item: string, enabled: boolean): SelectItem | null {
  const match = AGGREGATE.exec(item);
  const fn = match?.[4];
  if (!match || !fn || (match[2] === undefined && fn !== "count")) {
    return null;
  }
  if (!enabled) {
    // Off on hosted Supabase; PGRST_DB_AGGREGATES_ENABLED turns it on as db-aggregates-enabled.
    throw aggregatesDisabled();
  }
  return {
    type: "aggregate",
    fn: fn as "sum" | "avg" | "min" | "max" | "count",
    field: match[2] === undefined ? null : parseField(match[2]),
    alias: match[1] ? unquote(match[1]) : null,
    inputCast: match[3] ?? null,
    outputCast: match[5] ?? null,
  };
}

function parseSelectList(
  text: string,
  whole: string,
  depth: number,
  aggregates: boolean,
): SelectItem[] {
  const fail = (details: string) => parseError(`select (${whole})`, details);
  if (depth > MAX_DEPTH) {
    throw fail(`embedding deeper than ${MAX_DEPTH} levels`);
  }
  return splitTopLevel(text, `select (${whole})`).map((item): SelectItem => {
    if (item === "*") {
      return { type: "star" };
    }
    if (item === "") {
      throw fail("empty select item");
    }
    const aggregate = parseAggregate(item, aggregates);
    if (aggregate) {
      return aggregate;
    }
    const embed =
      /^(\.\.\.)?(?:([^:()!"]+|"[^"]*"):(?!:))?([^:()!]+|"[^"]*")((?:![^!()]+)*)\((.*)\)$/s.exec(
        item,
      );
    if (embed) {
      const name = unquote(embed[3] ?? "");
      let hint: string | null = null;
      let inner = false;
      for (const mark of (embed[4] ?? "").split("!").slice(1)) {
        if (mark === "inner" || mark === "left") {
          inner = mark === "inner";
        } else if (hint === null) {
          hint = mark;
        } else {
          throw fail(`unexpected "!${mark}"`);
        }
      }
      const inside = embed[5] ?? "";
      return {
        type: "embed",
        name,
        alias: embed[2] ? unquote(embed[2]) : null,
        hint,
        inner,
        spread: Boolean(embed[1]),
        select: inside === "" ? [] : parseSelectList(inside, whole, depth + 1, aggregates),
      };
    }
    const column =
      /^(?:([^:()!"]+|"[^"]*"):(?!:))?([^:()!]+?|"[^"]*")(?:::([A-Za-z_][A-Za-z0-9_ ]*(?:\[\])?))?$/s.exec(
        item,
      );
    if (!column) {
      throw fail(`unexpected "${item}"`);
    }
    return {
      type: "column",
      field: parseField(column[2] ?? ""),
      alias: column[1] ? unquote(column[1]) : null,
      cast: column[3] ?? null,
    };
  });
}
