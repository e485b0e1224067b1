// Importing a company's contacts: the CSV fields, the contact form's schema, and duplicates by
// email (against every contact, since one address belongs to one person).
import { insertContactSchema } from "@db/validation/companies";
import type { ImportKind } from "../../../components/csv-import/import-kind";
import { emailKey } from "./duplicate-keys";

/** @example contactImport(company.id) // rows land as that company's contacts */
export function contactImport(companyId: string): ImportKind<typeof insertContactSchema> {
  return {
    resource: "contacts",
    noun: { one: "contact", many: "contacts" },
    fields: [
      {
        key: "full_name",
        label: "Name",
        aliases: ["full name", "contact", "contact name", "person"],
      },
      { key: "email", label: "Email", aliases: ["e-mail", "email address", "mail"] },
      { key: "phone", label: "Phone", aliases: ["telephone", "tel", "mobile", "phone number"] },
      { key: "title", label: "Title", aliases: ["job title", "position", "role"] },
    ],
    rules: {
      schema: insertContactSchema,
      toInput: (input) => ({ ...input, company_id: companyId }),
      duplicate: {
        column: "email",
        keyOf: emailKey,
        existsMessage: (email) => `A contact with the email ${email} already exists`,
        repeatMessage: (email, row) => `Same email as row ${row} (${email})`,
      },
    },
  };
}
