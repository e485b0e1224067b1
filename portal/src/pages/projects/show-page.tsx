// One project of the client's company: its status, progress, schedule and summary, then the
// updates shared with them. Tasks stay internal: RLS lets only staff read them.
import { portalPaths } from "@db/routes/portal";
import type { Project } from "@db/schema/projects";
import { describeProjectStatus } from "@db/status/projects";
import { useOne } from "@refinedev/core";
import { useLocale, useT } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Alert, Card, Descriptions, Progress, Result, Skeleton, Space } from "antd";
import { Link, useParams } from "react-router";
import { formatSchedule } from "../../format/calendar-day";
import { isRecordId } from "./is-record-id";
import { ProjectDocuments } from "./project-documents";
import { ProjectUpdates } from "./project-updates";

function ProjectNotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t("portal.projects.notFound")}
      subTitle={t("portal.projects.notFoundText")}
      extra={<Link to={portalPaths.projects}>{t("portal.projects.back")}</Link>}
    />
  );
}

export function ProjectShowPage() {
  const { id } = useParams();
  const isId = isRecordId(id);
  const t = useT();
  const { locale } = useLocale();
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
    return <Alert type="error" showIcon message={t("portal.projects.oneLoadFailed")} />;
  }
  // RLS answers another company's project exactly like a missing one: with no row.
  if (!project) {
    return <ProjectNotFound />;
  }

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Link to={portalPaths.projects}>{t("portal.projects.allProjects")}</Link>
      <Card
        title={project.name}
        extra={
          <StatusTag
            look={{
              ...describeProjectStatus(project),
              label: t(`statuses.project.${project.status}`),
            }}
          />
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t("portal.projects.progress")}>
            <Progress
              aria-label={t("portal.projects.progress")}
              percent={project.progress}
              status={describeProjectStatus(project).progress}
              style={{ maxWidth: 320, margin: 0 }}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t("portal.projects.schedule")}>
            {formatSchedule(t, locale, project.start_date, project.due_date)}
          </Descriptions.Item>
          {project.client_summary ? (
            <Descriptions.Item label={t("portal.projects.summary")}>
              {project.client_summary}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t("portal.projects.updates")}>
        <ProjectUpdates projectId={project.id} />
      </Card>
      <Card title={t("portal.projects.documents")}>
        <ProjectDocuments project={project} />
      </Card>
    </Space>
  );
}
