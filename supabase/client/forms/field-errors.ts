// The one formatter of zod issues for forms in both apps: each issue's message, grouped under the
// antd field its path names, so `form.setFields` shows it next to that field.
import type { FormInstance } from "antd";
import type { z } from "zod/v4";

/** A field as antd names it: `["details", "message"]` for a nested value. */
export type FieldPath = (string | number)[];

/** One antd field's errors. */
export interface FieldError {
  name: FieldPath;
  errors: string[];
}

/**
 * A whole form's zod issues grouped per field, in the order zod reported them.
 * @example fieldErrors(schema.safeParse({ name: "" }).error) // [{ name: ["name"], errors: ["Name is required"] }]
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const name = issue.path.filter((part): part is string | number => typeof part !== "symbol");
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}

/** The first issue's message, for a rule that checks one field. */
export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "This value is not valid";
}

/**
 * The same errors in the reader's language (db/validation writes English).
 * @example translateFieldErrors(errors, useValidationText())
 */
export function translateFieldErrors(
  errors: FieldError[],
  translate: (message: string) => string,
): FieldError[] {
  return errors.map((error) => ({ ...error, errors: error.errors.map(translate) }));
}

/**
 * Puts errors next to their fields. Any form will do: antd types a field's name by the form's
 * values, which a generic form layer cannot know, and an unknown name is simply ignored.
 */
export function showFieldErrors(form: FormInstance, errors: FieldError[]): void {
  form.setFields(errors);
}

/** The names of a form's top-level fields, for placing a refusal that names no column. */
export function formFieldNames(form: FormInstance): string[] {
  return form
    .getFieldsError()
    .map(({ name }) => name)
    .filter((name) => name.length === 1)
    .map(String);
}
