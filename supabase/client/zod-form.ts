// Forms in both apps check their input with db/validation's zod schemas: the same rules the
// database enforces, with the same messages, shown next to the field they concern.
import type { FormRule } from "antd";
import type { z } from "zod/v4";

/** One antd field's errors, named by the path antd uses (`["details", "message"]`). */
export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** An antd Form rule from one field's schema. */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new Error(parsed.error.issues[0]?.message ?? "This value is not valid");
      }
    },
  };
}

/** A whole form's zod issues grouped per field, for `form.setFields`. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of error.issues) {
    const name = issue.path.filter((part) => typeof part !== "symbol") as (string | number)[];
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}
