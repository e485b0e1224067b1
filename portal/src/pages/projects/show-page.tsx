// One project of the client's company: its status, progress, schedule and summary, then the
// updates shared with them. Tasks stay internal: RLS lets only staff read them.
import { portalPaths } from "@db/routes/portal";
import type { Project } from "@db/schema/projects";
import { describeProjectStatus } from "@db/status/projects";
import { useOne } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Alert, Card, Descriptions, Progress, Result, Skeleton, Space } from "antd";
import { Link, useParams } from "react-router";
import { formatSchedule } from "../../format/calendar-day";
import { isRecordId } from "./is-record-id";
import { ProjectDocuments } from "./project-documents";
import { ProjectUpdates } from "./project-updates";

function ProjectNotFound() {
  return (
    <Result
      status="404"
      title="Project not found"
      subTitle="This project does not exist or is not shared with your company."
      extra={<Link to={portalPaths.projects}>Back to your projects</Link>}
    />
  );
}

export function ProjectShowPage() {
  const { id } = useParams();
  const isId = isRecordId(id);
  const { result: project, query } = useOne<Project>({
    resource: "projects",
    id: id ?? "",
    queryOptions: { enabled: isId },
  });

  if (!isId) {
    return <ProjectNotFound />;
  }
  if (query.isLoading) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (query.isError) {
    return (
      <Alert type="error" showIcon message="This project could not be loaded. Reload to retry." />
    );
  }
  // RLS answers another company's project exactly like a missing one: with no row.
  if (!project) {
    return <ProjectNotFound />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Link to={portalPaths.projects}>← All projects</Link>
      <Card title={project.name} extra={<StatusTag look={describeProjectStatus(project)} />}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Progress">
            <Progress
              aria-label="Progress"
              percent={project.progress}
              status={describeProjectStatus(project).progress}
              style={{ maxWidth: 320, margin: 0 }}
            />
          </Descriptions.Item>
          <Descriptions.Item label="Schedule">
            {formatSchedule(project.start_date, project.due_date)}
          </Descriptions.Item>
          {project.client_summary ? (
            <Descriptions.Item label="Summary">{project.client_summary}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title="Updates">
        <ProjectUpdates projectId={project.id} />
      </Card>
      <Card title="Documents">
        <ProjectDocuments project={project} />
      </Card>
    </Space>
  );
}
