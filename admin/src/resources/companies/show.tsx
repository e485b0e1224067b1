// One company: its details, its people (contacts, kept up to date here), its projects and the
// team's notes.
import type { Company } from "@db/schema/companies";
import type { Project } from "@db/schema/projects";
import { companyStatusLabels } from "@db/status/companies";
import { projectStatusLabels } from "@db/status/projects";
import { UrlField } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card } from "antd";
import { HistoryCard } from "../../components/history/history-card";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { NotesCard } from "../../components/notes/notes-card";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { ContactsCard } from "./contacts-card";

type CompanyWithManager = Company & { account_manager: { full_name: string } | null };

export default function CompanyShow() {
  return (
    <ShowPage<CompanyWithManager>
      select="*, account_manager:profiles!account_manager_id(full_name)"
      title={(company) => company.name}
      untitled="Company"
    >
      {(company) => (
        <>
          <Details
            items={[
              ["Status", <StatusTag key="status" look={companyStatusLabels[company.status]} />],
              ["Website", company.website && <UrlField value={company.website} target="_blank" />],
              ["Industry", company.industry],
              ["Account manager", company.account_manager?.full_name],
            ]}
          />
          <ContactsCard company={company} />
          <Card title="Projects" size="small">
            <RelatedTable<Project>
              resource="projects"
              of={["company_id", company.id]}
              sort="name.asc"
              size="middle"
              emptyText="No projects yet."
              columns={[
                column.link("name", "Name", "projects"),
                column.status("status", projectStatusLabels),
                column.text("progress", "Progress", { render: (value: number) => `${value}%` }),
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
