// The only places request data meets SQL text: identifier quoting (for catalogue names only)
// and the bind-parameter list, as PostgREST's SqlFragment.hs keeps them.
import { parseError } from "./errors";

/**
 * Quotes an identifier that came from the schema cache.
 * @example ident('my "table"') // "my ""table"""
 */
export function ident(name: string): string {
  if (name.includes("\0")) {
    // The wire protocol ends SQL text at a NUL byte; an alias carrying one must never reach it.
    throw parseError("identifier", "identifiers cannot contain a NUL byte");
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** Bind parameters of one statement; `add` returns the `$n` placeholder. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A Postgres array literal whose elements are all quoted, sent as one unknown-typed parameter
 * so Postgres parses it with the column's element type (PostgREST's `in.(…)`).
 * @example arrayLiteral(["a,b", 'say "hi"']) // {"a,b","say \"hi\""}
 */
export function arrayLiteral(items: string[]): string {
  return `{${items.map((item) => `"${item.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

/** Fresh table aliases for one statement: pgrst_0, pgrst_1, … */
export class Aliases {
  private next = 0;

  take(): string {
    const alias = `pgrst_${this.next}`;
    this.next += 1;
    return alias;
  }
}

/** What every SQL builder threads through one statement: its parameters and its aliases. */
export interface Ctx {
  params: Params;
  aliases: Aliases;
}
