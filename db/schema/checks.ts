// Check constraints on a column's size, named `<table>_<column>_length` or `_size` as the
// migrations name them, the way `indexesOn` names indexes. Numbers are inlined: DDL takes no
// parameters.
import { sql } from "drizzle-orm";
import { check, type PgColumn } from "drizzle-orm/pg-core";

const limit = (max: number) => sql.raw(String(max));

/**
 * 1 to `max` characters: a required text may not be blank.
 * @example checkLength("pages", t.title, limits.name) // pages_title_length
 */
export const checkLength = (table: string, column: PgColumn, max: number) =>
  check(`${table}_${column.name}_length`, sql`char_length(${column}) between 1 and ${limit(max)}`);

/** At most `max` characters (null allowed). */
export const checkLengthAtMost = (table: string, column: PgColumn, max: number) =>
  check(`${table}_${column.name}_length`, sql`char_length(${column}) <= ${limit(max)}`);

/** A JSON value of at most `max` bytes as stored. */
export const checkSizeAtMost = (table: string, column: PgColumn, max: number) =>
  check(`${table}_${column.name}_size`, sql`pg_column_size(${column}) <= ${limit(max)}`);
