// The edit form's check: the update schema, and no part may use a variable no email carries,
// because the outbox refuses to send such a template (every email of that kind would fail).
import { templateVariables } from "@db/email/render";
import { updateEmailTemplateSchema } from "@db/validation/content";
import { sampleData } from "./sample-data";

const parts = ["subject", "html", "text"] as const;

/** The variables in one part of a template that no email's data carries. */
export function unknownVariables(part: string): string[] {
  return templateVariables({ subject: part, html: "", text: "" }).filter(
    (name) => !(name in sampleData),
  );
}

/**
 * @param wordsFor the words next to the part, in the reader's language
 * @example templateFormSchema((names) => `Unknown: ${names}`).safeParse({ subject: "{{ nope }}" })
 * // fails, with the issue on ["subject"]
 */
export function templateFormSchema(wordsFor: (names: string[]) => string) {
  return updateEmailTemplateSchema.superRefine((values, context) => {
    for (const part of parts) {
      const names = unknownVariables(values[part] ?? "");
      if (names.length > 0) {
        context.addIssue({ code: "custom", path: [part], message: wordsFor(names) });
      }
    }
  });
}
