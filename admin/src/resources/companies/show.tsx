// One company: its details, its people (contacts, kept up to date here), its projects and the
// team's notes.
import type { Company } from "@db/schema/companies";
import type { Project, ProjectStatus } from "@db/schema/projects";
import { companyStatusLabels } from "@db/status/companies";
import { projectStatusLabels } from "@db/status/projects";
import { Show, UrlField } from "@refinedev/antd";
import { useList, useNavigation, useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Descriptions, Space, Table, Typography } from "antd";
import { Link } from "react-router";
import { backIcon } from "../../components/layout/back-icon";
import { NotesCard } from "../../components/notes/notes-card";
import { ContactsCard } from "./contacts-card";

type CompanyWithManager = Company & { account_manager: { full_name: string } | null };

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function CompanyShow() {
  const { result: company, query } = useShow<CompanyWithManager>({
    resource: "companies",
    meta: { select: "*, account_manager:profiles!account_manager_id(full_name)" },
  });
  const { showUrl } = useNavigation();
  const id = company?.id;
  const projects = useList<Project>({
    resource: "projects",
    filters: [{ field: "company_id", operator: "eq", value: id }],
    sorters: [{ field: "name", order: "asc" }],
    pagination: { mode: "off" },
    queryOptions: { enabled: Boolean(id) },
  });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={company?.name ?? "Company"}
      canDelete={false}
    >
      {company ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label="Status">
              <StatusTag look={companyStatusLabels[company.status]} />
            </Descriptions.Item>
            <Descriptions.Item label="Website">
              {company.website ? <UrlField value={company.website} target="_blank" /> : dash}
            </Descriptions.Item>
            <Descriptions.Item label="Industry">{company.industry ?? dash}</Descriptions.Item>
            <Descriptions.Item label="Account manager">
              {company.account_manager?.full_name ?? dash}
            </Descriptions.Item>
          </Descriptions>
          <ContactsCard company={company} />
          <Card title="Projects" size="small">
            <Table<Project>
              dataSource={projects.result.data}
              loading={projects.query.isLoading}
              rowKey="id"
              pagination={false}
              locale={{ emptyText: "No projects yet." }}
            >
              <Table.Column<Project>
                dataIndex="name"
                title="Name"
                render={(name: string, project) => (
                  <Link to={showUrl("projects", project.id)}>{name}</Link>
                )}
              />
              <Table.Column<Project>
                dataIndex="status"
                title="Status"
                render={(status: ProjectStatus) => <StatusTag look={projectStatusLabels[status]} />}
              />
              <Table.Column<Project>
                dataIndex="progress"
                title="Progress"
                render={(value: number) => `${value}%`}
              />
            </Table>
          </Card>
          <NotesCard subject={{ column: "company_id", id: company.id }} />
        </Space>
      ) : null}
    </Show>
  );
}
