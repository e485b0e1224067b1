// An antd Form rule from a zod schema in db/validation, so the portal shows the same messages the
// rest of Atrium enforces, next to the field.
import type { FormRule } from "antd";
import type { z } from "zod/v4";

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
