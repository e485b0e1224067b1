// Importing a company's contacts: the CSV fields, the contact form's schema, and duplicates by
// email (against every contact, since one address belongs to one person).
import { insertContactSchema } from "@db/validation/companies";
import type { ImportKind } from "../../../components/csv-import/import-kind";
import { englishWords, type ImportWords } from "../../../components/csv-import/words";
import { emailKey } from "./duplicate-keys";

/** @example contactImport(company.id) // rows land as that company's contacts */
export function contactImport(
  companyId: string,
  { t, field }: ImportWords = englishWords,
): ImportKind<typeof insertContactSchema> {
  return {
    resource: "contacts",
    noun: { one: t("admin.companies.import.contact"), many: t("admin.companies.import.contacts") },
    fields: [
      {
        key: "full_name",
        label: field("Name"),
        aliases: ["full name", "contact", "contact name", "person"],
      },
      { key: "email", label: field("Email"), aliases: ["e-mail", "email address", "mail"] },
      {
        key: "phone",
        label: field("Phone"),
        aliases: ["telephone", "tel", "mobile", "phone number"],
      },
      { key: "title", label: field("Title"), aliases: ["job title", "position", "role"] },
    ],
    rules: {
      schema: insertContactSchema,
      toInput: (input) => ({ ...input, company_id: companyId }),
      duplicate: {
        column: "email",
        keyOf: emailKey,
        existsMessage: (email) => t("admin.companies.import.emailExists", { email }),
        repeatMessage: (email, row) => t("admin.companies.import.emailRepeat", { email, row }),
      },
    },
  };
}
