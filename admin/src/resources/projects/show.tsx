// One project: its details, the updates posted on it (with the form to post one) and its tasks.
import { projectStatusLabels } from "@db/status/projects";
import { DateField, EditButton, Show } from "@refinedev/antd";
import { useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Descriptions, Progress, Space, Typography } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { NotesCard } from "../../components/notes/notes-card";
import { DocumentsCard } from "./documents-card";
import { PostUpdateForm } from "./post-update-form";
import { type ProjectRow, projectRowSelect } from "./project-row";
import { ProjectTasks } from "./tasks";
import { ProjectUpdates } from "./updates";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function day(value: string | null) {
  return value ? <DateField value={value} format="D MMM YYYY" /> : dash;
}

export default function ProjectShow() {
  // Another account manager's edit shows here at once.
  const { result: project, query } = useShow<ProjectRow>({
    meta: { select: projectRowSelect },
    liveMode: "auto",
  });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={project ? project.name : "Project"}
      headerButtons={project ? <EditButton recordItemId={project.id} /> : null}
    >
      {project ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
            <Descriptions.Item label="Company">{project.company?.name ?? dash}</Descriptions.Item>
            <Descriptions.Item label="Status">
              <StatusTag look={projectStatusLabels[project.status]} />
            </Descriptions.Item>
            <Descriptions.Item label="Account manager">
              {project.account_manager?.full_name ?? dash}
            </Descriptions.Item>
            <Descriptions.Item label="Progress">
              <Progress
                aria-label="Progress"
                percent={project.progress}
                size="small"
                style={{ maxWidth: 240 }}
              />
            </Descriptions.Item>
            <Descriptions.Item label="Start date">{day(project.start_date)}</Descriptions.Item>
            <Descriptions.Item label="Due date">{day(project.due_date)}</Descriptions.Item>
            <Descriptions.Item label="Client summary" span={2}>
              {project.client_summary ? (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                  {project.client_summary}
                </Typography.Paragraph>
              ) : (
                dash
              )}
            </Descriptions.Item>
          </Descriptions>
          <Card title="Post an update">
            <PostUpdateForm projectId={project.id} />
          </Card>
          <Card title="Updates">
            <ProjectUpdates projectId={project.id} />
          </Card>
          <Card title="Tasks">
            <ProjectTasks projectId={project.id} />
          </Card>
          <DocumentsCard project={project} />
          <NotesCard subject={{ column: "project_id", id: project.id }} />
        </Space>
      ) : null}
    </Show>
  );
}
