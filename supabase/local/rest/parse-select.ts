// The `select=` grammar: columns, aliases, casts, JSON paths and embeds with hints, `!inner`
// and spreads (https://docs.postgrest.org/en/stable/references/api/resource_embedding.html).
import { aggregatesDisabled, parseError } from "./errors";
import { MAX_DEPTH, parseField, type SelectItem, splitTopLevel, unquote } from "./grammar";

/**
 * Parses `select=`; whitespace outside double quotes is insignificant.
 * @example parseSelect("id,company:companies!inner(name)")
 */
export function parseSelect(text: string): SelectItem[] {
  const compact = text.replace(
    /("(?:[^"\\]|\\.)*")|\s+/g,
    (_all, quoted: string | undefined) => quoted ?? "",
  );
  if (compact === "") {
    return [{ type: "star" }];
  }
  return parseSelectList(compact, text, 0);
}

function parseSelectList(text: string, whole: string, depth: number): SelectItem[] {
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
    const embed =
      /^(\.\.\.)?(?:([^:()!"]+|"[^"]*"):(?!:))?([^:()!]+|"[^"]*")((?:![^!()]+)*)\((.*)\)$/s.exec(
        item,
      );
    if (embed) {
      const name = unquote(embed[3] ?? "");
      if ((name === "count" || /\.(sum|avg|min|max|count)$/.test(name)) && embed[5] === "") {
        // Supabase keeps db-aggregates-enabled off.
        throw aggregatesDisabled();
      }
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
        select: inside === "" ? [] : parseSelectList(inside, whole, depth + 1),
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
