// One project: its details, the updates posted on it (with the form to post one), its tasks, its
// documents and the team's notes. Another account manager's edit shows here at once.
import { projectStatusLabels } from "@db/status/projects";
import { EditButton } from "@refinedev/antd";
import { useT } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Progress } from "antd";
import { HistoryCard } from "../../components/history/history-card";
import { NotesCard } from "../../components/notes/notes-card";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { Day, LongText } from "../../components/show/values";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { DocumentsCard } from "./documents-card";
import { PostUpdateForm } from "./post-update-form";
import { type ProjectRow, projectRowSelect } from "./project-row";
import { ProjectTasks } from "./tasks";
import { ProjectUpdates } from "./updates";

export default function ProjectShow() {
  const t = useAdminT();
  const shared = useT();
  const statusLooks = useStatusWords().looks("project", projectStatusLabels);
  return (
    <ShowPage<ProjectRow>
      select={projectRowSelect}
      isLive
      title={(project) => project.name}
      untitled={t("admin.projects.show.untitled")}
      headerButtons={(project) => <EditButton recordItemId={project.id} />}
    >
      {(project) => (
        <>
          <Details
            isWide
            items={[
              [t("admin.projects.show.company"), project.company?.name],
              [
                t("admin.projects.show.status"),
                <StatusTag key="status" look={statusLooks[project.status]} />,
              ],
              [t("admin.projects.show.accountManager"), project.account_manager?.full_name],
              [
                t("admin.projects.show.progress"),
                <Progress
                  key="progress"
                  aria-label={t("admin.projects.show.progress")}
                  percent={project.progress}
                  size="small"
                  style={{ maxWidth: 240 }}
                />,
              ],
              [t("admin.projects.show.startDate"), <Day key="start" value={project.start_date} />],
              [t("admin.projects.show.dueDate"), <Day key="due" value={project.due_date} />],
              [
                shared("fields.clientSummary"),
                <LongText key="summary" value={project.client_summary} />,
                2,
              ],
            ]}
          />
          <Card title={t("admin.projects.show.postUpdate")}>
            <PostUpdateForm projectId={project.id} />
          </Card>
          <Card title={t("admin.projects.show.updates")}>
            <ProjectUpdates projectId={project.id} />
          </Card>
          <Card title={t("admin.projects.show.tasks")}>
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
