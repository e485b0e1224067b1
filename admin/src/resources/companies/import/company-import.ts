// Importing companies: the CSV fields, the company form's schema, and duplicates by web domain.
import { companyStatusOptions } from "@db/status/companies";
import { insertCompanySchema } from "@db/validation/companies";
import type { ImportKind } from "../../../components/csv-import/import-kind";
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

export const companyImport: ImportKind<typeof insertCompanySchema> = {
  resource: "companies",
  noun: { one: "company", many: "companies" },
  fields: [
    {
      key: "name",
      label: "Name",
      aliases: ["company", "company name", "organisation", "organization", "account"],
    },
    { key: "website", label: "Website", aliases: ["domain", "url", "web", "site", "homepage"] },
    { key: "industry", label: "Industry", aliases: ["sector", "vertical"] },
    { key: "status", label: "Status", aliases: ["stage"] },
  ],
  rules: {
    schema: insertCompanySchema,
    toInput: (input) => ({ ...input, status: statusValue(input.status) }),
    duplicate: {
      column: "website",
      keyOf: domainOf,
      existsMessage: (domain) => `A company with the domain ${domain} already exists`,
      repeatMessage: (domain, row) => `Same domain as row ${row} (${domain})`,
    },
  },
};
