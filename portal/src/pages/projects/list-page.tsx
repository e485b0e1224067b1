// The client's projects: every project of their company, as RLS returns them, in a table.
import { portalPath } from "@db/routes/portal";
import type { Project } from "@db/schema/projects";
import { describeProjectStatus } from "@db/status/projects";
import { useTable } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Alert, Card, Empty, Progress, Skeleton, Table } from "antd";
import { Link } from "react-router";
import { formatSchedule } from "../../format/calendar-day";

export function ProjectListPage() {
  const { tableQuery, result, currentPage, setCurrentPage, pageSize } = useTable<Project>({
    resource: "projects",
    sorters: { initial: [{ field: "created_at", order: "desc" }] },
    pagination: { pageSize: 20 },
  });

  return (
    <Card title="Your projects">
      {tableQuery.isLoading ? (
        <Skeleton active />
      ) : tableQuery.isError ? (
        <Alert
          type="error"
          showIcon
          message="Your projects could not be loaded. Reload to retry."
        />
      ) : result.data.length === 0 ? (
        <Empty description="No projects yet. Your projects appear here as soon as they start." />
      ) : (
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
              title: "Project",
              key: "name",
              render: (_, project) => (
                <Link to={portalPath("project", { id: project.id })}>{project.name}</Link>
              ),
            },
            {
              title: "Status",
              key: "status",
              render: (_, project) => <StatusTag look={describeProjectStatus(project)} />,
            },
            {
              // On a phone the table keeps to the screen: progress and schedule wait for a wider
              // one, and the project's own page shows both.
              title: "Progress",
              key: "progress",
              width: 180,
              responsive: ["sm"],
              render: (_, project) => (
                <Progress
                  aria-label={`${project.name} progress`}
                  percent={project.progress}
                  size="small"
                  status={describeProjectStatus(project).progress}
                />
              ),
            },
            {
              title: "Schedule",
              key: "schedule",
              responsive: ["md"],
              render: (_, project) => formatSchedule(project.start_date, project.due_date),
            },
          ]}
        />
      )}
    </Card>
  );
}
