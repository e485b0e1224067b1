import type { EmailTemplate } from "@db/schema/email";

/** @example templateTitle({ key: "beta.granted", locale: "fr" }) // "beta.granted (fr)" */
export function templateTitle(template: Pick<EmailTemplate, "key" | "locale">): string {
  return `${template.key} (${template.locale})`;
}
