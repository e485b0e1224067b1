// One company: its details, its people (contacts, kept up to date here), its projects and the
// team's notes.
import type { Company } from "@db/schema/companies";
import { type Project, projectStatuses } from "@db/schema/projects";
import { projectStatusLabels } from "@db/status/projects";
import { UrlField } from "@refinedev/antd";
import { useFieldTitle, useFormat, useT } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card } from "antd";
import { HistoryCard } from "../../components/history/history-card";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { NotesCard } from "../../components/notes/notes-card";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { useAdminT } from "../../i18n";
import { ContactsCard } from "./contacts-card";
import { useCompanyStatus } from "./status-words";

type CompanyWithManager = Company & { account_manager: { full_name: string } | null };

export default function CompanyShow() {
  const t = useAdminT();
  const shared = useT();
  const field = useFieldTitle();
  const { looks } = useCompanyStatus();
  const statusTitle = t("admin.companies.list.statusLabel");
  const format = useFormat();
  const projectLooks = Object.fromEntries(
    projectStatuses.map((status) => [
      status,
      { ...projectStatusLabels[status], label: shared(`statuses.project.${status}`) },
    ]),
  );
  return (
    <ShowPage<CompanyWithManager>
      select="*, account_manager:profiles!account_manager_id(full_name)"
      title={(company) => company.name}
      untitled={t("admin.companies.show.untitled")}
    >
      {(company) => (
        <>
          <Details
            items={[
              [statusTitle, <StatusTag key="status" look={looks[company.status]} />],
              [
                t("admin.companies.form.website"),
                company.website && <UrlField value={company.website} target="_blank" />,
              ],
              [t("admin.companies.list.industry"), company.industry],
              [t("admin.companies.list.accountManager"), company.account_manager?.full_name],
            ]}
          />
          <ContactsCard company={company} />
          <Card title={t("admin.companies.show.projects")} size="small">
            <RelatedTable<Project>
              query={{ resource: "projects", of: ["company_id", company.id], sort: "name.asc" }}
              size="middle"
              emptyText={t("admin.companies.show.noProjects")}
              columns={[
                column.link("name", field("Name"), "projects"),
                column.status("status", projectLooks, statusTitle),
                column.text("progress", t("admin.companies.show.progress"), {
                  render: (value: number) => format.number(value / 100, { style: "percent" }),
                }),
              ]}
            />
          </Card>
          <NotesCard subject={{ column: "company_id", id: company.id }} />
          <HistoryCard subject={{ table: "companies", id: company.id, emailsBy: "company_id" }} />
        </>
      )}
    </ShowPage>
  );
}
