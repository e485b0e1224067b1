// The project's internal tasks (clients never see them): add one, move it along by its status,
// remove it after a confirmation.
import type { Profile } from "@db/schema/profiles";
import type { Task, TaskStatus } from "@db/schema/projects";
import { taskStatusOptions } from "@db/status/projects";
import { useUpdate } from "@refinedev/core";
import { Select } from "antd";
import { RemoveButton } from "../../components/actions/remove-button";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { AddTaskForm } from "./add-task-form";

type TaskWithAssignee = Task & { assignee: Pick<Profile, "full_name"> | null };
const withAssignee = "*, assignee:profiles!assignee_id(full_name)";

/** The task's status, changed in place without a notification: the select shows it. */
function TaskStatusSelect({ task }: { task: Task }) {
  const { mutate: update } = useUpdate<Task>();
  const t = useAdminT();
  const { options } = useStatusWords();
  return (
    <Select<TaskStatus>
      value={task.status}
      options={options("task", taskStatusOptions)}
      aria-label={t("admin.projects.tasks.statusOf", { title: task.title })}
      style={{ width: 140 }}
      onChange={(status) =>
        update({ resource: "tasks", id: task.id, values: { status }, successNotification: false })
      }
    />
  );
}

export function ProjectTasks({ projectId }: { projectId: string }) {
  const t = useAdminT();
  return (
    <>
      <AddTaskForm projectId={projectId} />
      <RelatedTable<TaskWithAssignee>
        query={{
          resource: "tasks",
          of: ["project_id", projectId],
          sort: "due_date.asc",
          select: withAssignee,
          limit: 100,
        }}
        emptyText={t("admin.projects.tasks.empty")}
        columns={[
          column.text("title", t("admin.projects.tasks.task")),
          column.related(t("admin.projects.tasks.status"), (task) => (
            <TaskStatusSelect task={task} />
          )),
          column.related(t("admin.projects.tasks.assignee"), (task) => task.assignee?.full_name),
          column.day("due_date", t("admin.projects.tasks.due")),
          column.actions(
            (task) => (
              <RemoveButton
                resource="tasks"
                id={task.id}
                question={t("admin.projects.tasks.removeQuestion", { title: task.title })}
                removedMessage={t("admin.projects.tasks.removed")}
                label={t("admin.projects.tasks.remove")}
              />
            ),
            "",
          ),
        ]}
      />
    </>
  );
}
