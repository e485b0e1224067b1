// Client companies, searchable by name and filterable by status, with their account manager.
import type { Company } from "@db/schema/companies";
import { companyStatusLabels, companyStatusOptions } from "@db/status/companies";
import { ImportCsvButton } from "../../components/csv-import/import-button";
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { companyImport } from "./import/company-import";

type CompanyRow = Company & { account_manager: { full_name: string } | null };

export default function CompanyList() {
  return (
    <ResourceList<CompanyRow>
      createLabel="New company"
      sort="name.asc"
      select="*, account_manager:profiles!account_manager_id(full_name)"
      filters={[
        searchBox("Search companies", ["name"], "Company name", 260),
        choiceBox("Status", "status", companyStatusOptions, "Any status"),
      ]}
      emptyText="No companies match."
      headerExtra={<ImportCsvButton kind={companyImport} />}
      columns={[
        column.text("name", "Name", { isSortable: true }),
        column.status("status", companyStatusLabels),
        column.text("industry", "Industry"),
        column.related("Account manager", (company) => company.account_manager?.full_name),
        column.actions(),
      ]}
    />
  );
}
