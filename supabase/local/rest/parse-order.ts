// The `order=` grammar: columns or JSON paths, a to-one embed's column, direction and nulls
// placement (https://docs.postgrest.org/en/v13/references/api/tables_views.html#ordering).
import { parseError } from "./errors";
import { type OrderTerm, parseField } from "./grammar";
import { splitTopLevel } from "./split-top-level";

/**
 * Parses `order=a.desc.nullslast,rel(b).asc`.
 * @example parseOrder("name.desc") // [{ relation: null, field: {name:"name",json:[]}, direction: "desc", nulls: null }]
 */
export function parseOrder(text: string): OrderTerm[] {
  return splitTopLevel(text, `order (${text})`).map((term) => {
    const fail = () => parseError(`order (${text})`, `unexpected "${term}"`);
    let relation: string | null = null;
    let rest = term;
    const related = /^([^().,]+)\(([^()]+)\)(.*)$/.exec(term);
    if (related) {
      relation = related[1] ?? "";
      rest = `${related[2] ?? ""}${related[3] ?? ""}`;
    }
    const parts = rest.split(".");
    const field = parseField(parts[0] ?? "");
    let direction: OrderTerm["direction"] = null;
    let nulls: OrderTerm["nulls"] = null;
    for (const modifier of parts.slice(1)) {
      if ((modifier === "asc" || modifier === "desc") && direction === null && nulls === null) {
        direction = modifier;
      } else if ((modifier === "nullsfirst" || modifier === "nullslast") && nulls === null) {
        nulls = modifier === "nullsfirst" ? "first" : "last";
      } else {
        throw fail();
      }
    }
    return { relation, field, direction, nulls };
  });
}
