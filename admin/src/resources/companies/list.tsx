// Client companies, searchable by name and filterable by status, with their account manager.
import type { Company } from "@db/schema/companies";
import { useFieldTitle } from "@supabase-client/i18n/locale-context";
import { ImportCsvButton } from "../../components/csv-import/import-button";
import { useImportWords } from "../../components/csv-import/words";
import * as column from "../../components/list/columns";
import { choiceBox, ResourceList, searchBox } from "../../components/list/resource-list";
import { useAdminT } from "../../i18n";
import { companyImport } from "./import/company-import";
import { useCompanyStatus } from "./status-words";

type CompanyRow = Company & { account_manager: { full_name: string } | null };

export default function CompanyList() {
  const t = useAdminT();
  const field = useFieldTitle();
  const words = useImportWords();
  const status = useCompanyStatus();
  const statusTitle = t("admin.companies.list.statusLabel");
  return (
    <ResourceList<CompanyRow>
      createLabel={t("admin.companies.list.create")}
      sort="name.asc"
      select="*, account_manager:profiles!account_manager_id(full_name)"
      filters={[
        searchBox(t("admin.companies.list.search"), ["name"], field("Company name"), 260),
        choiceBox(statusTitle, "status", status.options, t("admin.companies.list.anyStatus")),
      ]}
      emptyText={t("admin.companies.list.empty")}
      headerExtra={<ImportCsvButton kind={companyImport(words)} />}
      columns={[
        column.text("name", field("Name"), { isSortable: true }),
        column.status("status", status.looks, statusTitle),
        column.text("industry", t("admin.companies.list.industry")),
        column.related(
          t("admin.companies.list.accountManager"),
          (company) => company.account_manager?.full_name,
        ),
        column.actions(),
      ]}
    />
  );
}
