// The edit form's check: the update schema, and no part may use a variable no email carries,
// because the outbox refuses to send such a template (every email of that kind would fail).
import { updateEmailTemplateSchema } from "@db/validation/content";
import { unknownVariables } from "./preview";

const parts = ["subject", "html", "text"] as const;

/**
 * @param wordsFor the words next to the part, in the reader's language
 * @example templateFormSchema((names) => `Unknown: ${names}`).safeParse({ subject: "{{ nope }}" })
 * // fails, with the issue on ["subject"]
 */
export function templateFormSchema(wordsFor: (names: string[]) => string) {
  return updateEmailTemplateSchema.superRefine((values, context) => {
    for (const part of parts) {
      const names = unknownVariables({ subject: values[part] ?? "", html: "", text: "" });
      if (names.length > 0) {
        context.addIssue({ code: "custom", path: [part], message: wordsFor(names) });
      }
    }
  });
}
