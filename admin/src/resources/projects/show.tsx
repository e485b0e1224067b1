// One project: its details, the updates posted on it (with the form to post one), its tasks, its
// documents and the team's notes. Another account manager's edit shows here at once.
import { projectStatusLabels } from "@db/status/projects";
import { EditButton } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Progress } from "antd";
import { HistoryCard } from "../../components/history/history-card";
import { NotesCard } from "../../components/notes/notes-card";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { Day, LongText } from "../../components/show/values";
import { DocumentsCard } from "./documents-card";
import { PostUpdateForm } from "./post-update-form";
import { type ProjectRow, projectRowSelect } from "./project-row";
import { ProjectTasks } from "./tasks";
import { ProjectUpdates } from "./updates";

export default function ProjectShow() {
  return (
    <ShowPage<ProjectRow>
      select={projectRowSelect}
      isLive
      title={(project) => project.name}
      untitled="Project"
      headerButtons={(project) => <EditButton recordItemId={project.id} />}
    >
      {(project) => (
        <>
          <Details
            isWide
            items={[
              ["Company", project.company?.name],
              ["Status", <StatusTag key="status" look={projectStatusLabels[project.status]} />],
              ["Account manager", project.account_manager?.full_name],
              [
                "Progress",
                <Progress
                  key="progress"
                  aria-label="Progress"
                  percent={project.progress}
                  size="small"
                  style={{ maxWidth: 240 }}
                />,
              ],
              ["Start date", <Day key="start" value={project.start_date} />],
              ["Due date", <Day key="due" value={project.due_date} />],
              ["Client summary", <LongText key="summary" value={project.client_summary} />, 2],
            ]}
          />
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
          <HistoryCard subject={{ table: "projects", id: project.id, emailsBy: "project_id" }} />
        </>
      )}
    </ShowPage>
  );
}
