// Column builders every table shares. Timestamps are read as ISO strings: the apps receive
// them as JSON from REST, so inferred row types match what supabase-js returns.
import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().primaryKey().defaultRandom();

export const timestamptz = () => timestamp({ withTimezone: true, mode: "string" });

/** `created_at` and `updated_at`; a trigger keeps `updated_at` current. */
export const timestamps = () => ({
  created_at: timestamptz().notNull().defaultNow(),
  updated_at: timestamptz().notNull().defaultNow(),
});

/** Check expression: 1 to `max` characters. Numbers are inlined: DDL takes no parameters. */
export const lengthBetween = (column: unknown, max: number) =>
  sql`char_length(${column}) between 1 and ${sql.raw(String(max))}`;

/** Check expression: at most `max` characters (null allowed). */
export const lengthAtMost = (column: unknown, max: number) =>
  sql`char_length(${column}) <= ${sql.raw(String(max))}`;

/** Check expression: a JSON value of at most `max` bytes as stored. */
export const sizeAtMost = (column: unknown, max: number) =>
  sql`pg_column_size(${column}) <= ${sql.raw(String(max))}`;
