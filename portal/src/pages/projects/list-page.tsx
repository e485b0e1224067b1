// The client's projects: every project of their company, as RLS returns them, in a table.
import { portalPath } from "@db/routes/portal";
import type { Project } from "@db/schema/projects";
import { describeProjectStatus } from "@db/status/projects";
import { useTable } from "@refinedev/core";
import { useLocale, useT } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Progress, Table } from "antd";
import { Link } from "react-router";
import { formatSchedule } from "../../format/calendar-day";
import { RowsOrState } from "../rows-or-state";

export function ProjectListPage() {
  const { tableQuery, result, currentPage, setCurrentPage, pageSize } = useTable<Project>({
    resource: "projects",
    sorters: { initial: [{ field: "created_at", order: "desc" }] },
    pagination: { pageSize: 20 },
  });
  const t = useT();
  const { locale } = useLocale();

  return (
    <Card title={t("portal.projects.title")}>
      <RowsOrState
        query={tableQuery}
        rows={result.data}
        says={{ failed: t("portal.projects.loadFailed"), empty: t("portal.projects.empty") }}
      >
        <Table<Project>
          rowKey="id"
          dataSource={result.data}
          pagination={{
            current: currentPage,
            pageSize,
            total: result.total,
            hideOnSinglePage: true,
            onChange: setCurrentPage,
          }}
          columns={[
            {
              title: t("portal.projects.project"),
              key: "name",
              render: (_, project) => (
                <Link to={portalPath("project", { id: project.id })}>{project.name}</Link>
              ),
            },
            {
              title: t("portal.projects.status"),
              key: "status",
              render: (_, project) => (
                <StatusTag
                  look={{
                    ...describeProjectStatus(project),
                    label: t(`statuses.project.${project.status}`),
                  }}
                />
              ),
            },
            {
              // On a phone the table keeps to the screen: progress and schedule wait for a wider
              // one, and the project's own page shows both.
              title: t("portal.projects.progress"),
              key: "progress",
              width: 180,
              responsive: ["sm"],
              render: (_, project) => (
                <Progress
                  aria-label={t("portal.projects.progressOf", { name: project.name })}
                  percent={project.progress}
                  size="small"
                  status={describeProjectStatus(project).progress}
                />
              ),
            },
            {
              title: t("portal.projects.schedule"),
              key: "schedule",
              responsive: ["md"],
              render: (_, project) =>
                formatSchedule(t, locale, project.start_date, project.due_date),
            },
          ]}
        />
      </RowsOrState>
    </Card>
  );
}
