// Column and index builders every table shares. Timestamps are read as ISO strings: the apps receive
// them as JSON from REST, so inferred row types match what supabase-js returns.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, type PgColumn, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().primaryKey().defaultRandom();

export const timestamptz = () => timestamp({ withTimezone: true, mode: "string" });

/** When the row was made (or the event happened): set by the database, never by the caller. */
export const createdAt = () => timestamptz().notNull().defaultNow();

/** `created_at` and `updated_at`; a trigger keeps `updated_at` current. */
export const timestamps = () => ({
  created_at: createdAt(),
  updated_at: createdAt(),
});

type Target = () => AnyPgColumn;

/**
 * A required link to the row this one belongs to. `cascade` (the default) deletes it with its
 * parent; `restrict` keeps a parent with history from being deleted.
 * @example project_id: belongsTo(() => projects.id)
 */
export const belongsTo = (target: Target, onDelete: "cascade" | "restrict" = "cascade") =>
  uuid().notNull().references(target, { onDelete });

/**
 * The person who did it: the signed-in user unless given; set to null when their profile goes,
 * so the row outlives its author. Takes the profiles column to avoid an import cycle.
 * @example author_id: actedBy(() => profiles.id)
 */
export const actedBy = (profileId: Target) =>
  uuid().default(sql`auth.uid()`).references(profileId, { onDelete: "set null" });

/**
 * One plain index per column, named `<table>_<column>_idx` (Postgres's own pattern), for the
 * foreign keys and filters a table is looked up by.
 * @example ...indexesOn("tasks", t.project_id, t.assignee_id)
 */
export const indexesOn = (table: string, ...columns: PgColumn[]) =>
  columns.map((column) => index(`${table}_${column.name}_idx`).on(column));
