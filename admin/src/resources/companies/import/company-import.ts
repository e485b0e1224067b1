// Importing companies: the CSV fields, the company form's schema, and duplicates by web domain.
import { companyStatusOptions } from "@db/status/companies";
import { insertCompanySchema } from "@db/validation/companies";
import type { ImportKind } from "../../../components/csv-import/import-kind";
import { englishWords, type ImportWords } from "../../../components/csv-import/words";
import { domainOf } from "./duplicate-keys";

/** "Active" or "active" as the enum's value; other words are left for the schema to refuse. */
function statusValue(status: unknown): unknown {
  if (status === undefined) {
    // A blank status is a lead, as the company form starts.
    return "lead";
  }
  const word = String(status).trim().toLowerCase();
  return (
    companyStatusOptions.find((option) => [option.value, option.label.toLowerCase()].includes(word))
      ?.value ?? status
  );
}

/** @example companyImport(useImportWords()) */
export function companyImport({
  t,
  field,
}: ImportWords = englishWords): ImportKind<typeof insertCompanySchema> {
  return {
    resource: "companies",
    noun: { one: t("admin.companies.import.company"), many: t("admin.companies.import.companies") },
    fields: [
      {
        key: "name",
        label: field("Name"),
        aliases: ["company", "company name", "organisation", "organization", "account"],
      },
      {
        key: "website",
        label: t("admin.companies.form.website"),
        aliases: ["domain", "url", "web", "site", "homepage"],
      },
      {
        key: "industry",
        label: t("admin.companies.list.industry"),
        aliases: ["sector", "vertical"],
      },
      { key: "status", label: t("admin.companies.list.statusLabel"), aliases: ["stage"] },
    ],
    rules: {
      schema: insertCompanySchema,
      toInput: (input) => ({ ...input, status: statusValue(input.status) }),
      duplicate: {
        column: "website",
        keyOf: domainOf,
        existsMessage: (domain) => t("admin.companies.import.domainExists", { domain }),
        repeatMessage: (domain, row) => t("admin.companies.import.domainRepeat", { domain, row }),
      },
    },
  };
}
