// How a save the database refuses reads. The REST answer is PostgREST's `{ code, message,
// details, hint }` (Refine's Supabase provider passes it on, with the SQLSTATE parsed into
// `statusCode`); a unique or not-null violation names its column, so it is also shown next to
// that field, and every refusal is announced in the database's own sentence.
import type { OpenNotificationParams } from "@refinedev/core";
import type { FieldError } from "./field-errors";

/** A PostgREST error body, as supabase-js and Refine hand it over (each part may be missing). */
export interface Refusal {
  code?: string | undefined;
  message?: string | undefined;
  details?: string | null | undefined;
}

export const alreadyTakenMessage = "This value is already taken";
export const requiredMessage = "This field is required";

/** `Key (product_id, version)=(…, 1.0) already exists.` -> ["product_id", "version"] */
function keyColumns(details: string | null | undefined): string[] {
  const match = /^Key \(([^)]+)\)=/.exec(details ?? "");
  return match?.[1] ? match[1].split(",").map((column) => column.trim().replace(/^"|"$/g, "")) : [];
}

/**
 * The form's fields a unique constraint covers, read from its name. Postgres leaves `details`
 * out of a unique violation on a table with row level security (every Atrium table), so the
 * name is all there is; the table's constraints are named `<table>_<columns>_unique|_key`.
 * @example constraintFields('… unique constraint "beta_builds_product_id_version_key"', ["version", "release_notes"])
 * // ["version"]
 */
function constraintFields(message: string | undefined, fields: readonly string[]): string[] {
  const name = /unique constraint "([^"]+)"/.exec(message ?? "")?.[1];
  if (!name) {
    return [];
  }
  const columns = name.replace(/_(unique|key)$/, "");
  return fields.filter((field) => columns.endsWith(`_${field}`) || columns.includes(`_${field}_`));
}

/**
 * The fields a refusal is about, with the words to show there. A check violation (23514) or a
 * trigger's exception names no field: its message is the notification's. `fields` are the
 * form's own fields, for a unique violation whose details Postgres withheld.
 * @example refusalFieldErrors({ code: "23505", details: "Key (slug)=(about) already exists." })
 * // [{ name: ["slug"], errors: ["This value is already taken"] }]
 */
export function refusalFieldErrors(refusal: Refusal, fields: readonly string[] = []): FieldError[] {
  if (refusal.code === "23505") {
    const named = keyColumns(refusal.details);
    const columns = named.length > 0 ? named : constraintFields(refusal.message, fields);
    return columns.map((column) => ({
      name: [column],
      errors: [alreadyTakenMessage],
    }));
  }
  if (refusal.code === "23502") {
    const column = /column "([^"]+)"/.exec(refusal.message ?? "")?.[1];
    return column ? [{ name: [column], errors: [requiredMessage] }] : [];
  }
  return [];
}

/** The database's own sentence for a refusal, for a notification or a form's notice. */
export function refusalSentence(error?: Pick<Refusal, "message">): string {
  return error?.message?.trim() || "The change could not be saved";
}

/**
 * Refine's default names the status code, which for a database refusal is a SQLSTATE
 * ("status code: 23514"). Refine's antd notifications show `description` as the headline and
 * `message` under it, so the reason goes in `description`.
 * @example refusalNotification({ message: "Atrium needs at least one admin" })
 * // { type: "error", description: "Atrium needs at least one admin", message: "Nothing was changed." }
 */
export function refusalNotification(error?: Pick<Refusal, "message">): OpenNotificationParams {
  return {
    type: "error",
    description: refusalSentence(error),
    message: "Nothing was changed.",
  };
}
