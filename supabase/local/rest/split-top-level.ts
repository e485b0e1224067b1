// PostgREST's quoting in the query string: a name or value in double quotes with backslash
// escapes, and lists split on top-level commas only (not inside parentheses, braces or quotes).
// Every part of the grammar (select, order, filters, logic trees) splits with these.
import { parseError } from "./errors";

/**
 * Strips PostgREST's double quotes and backslash escapes from a name or value.
 * @example unquote('"a,b"') // a,b
 */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return text;
}

/** Splits on top-level commas, honouring parentheses, braces and double quotes. */
export function splitTopLevel(text: string, what: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "\\") {
        i++;
      } else if (ch === '"') {
        quoted = false;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === "(" || ch === "{" || ch === "[") {
      depth++;
    } else if (ch === ")" || ch === "}" || ch === "]") {
      depth--;
      if (depth < 0) {
        throw parseError(what, `unbalanced ")" at position ${i}`);
      }
    } else if (ch === "," && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quoted || depth !== 0) {
    throw parseError(what, "unbalanced quotes or parentheses");
  }
  items.push(text.slice(start));
  return items;
}
