// An antd Form rule from one field's db/validation schema, so a field complains as soon as it is
// left in a state the save would refuse, in the words the whole-form check uses.
import type { FormRule } from "antd";
import type { z } from "zod/v4";
import { firstMessage } from "./field-errors";

/** @example <Form.Item name="name" rules={[zodRule(insertCompanySchema.shape.name)]}> */
export function zodRule(
  schema: z.ZodType,
  /** Puts db/validation's English message in the reader's language (useValidationText). */
  translate: (message: string) => string = (message) => message,
): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new Error(translate(firstMessage(parsed.error)));
      }
    },
  };
}
