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
import { AddTaskForm } from "./add-task-form";

type TaskWithAssignee = Task & { assignee: Pick<Profile, "full_name"> | null };

/** The task's status, changed in place without a notification: the select shows it. */
function TaskStatusSelect({ task }: { task: Task }) {
  const { mutate: update } = useUpdate<Task>();
  return (
    <Select<TaskStatus>
      value={task.status}
      options={taskStatusOptions}
      aria-label={`Status of ${task.title}`}
      style={{ width: 140 }}
      onChange={(status) =>
        update({ resource: "tasks", id: task.id, values: { status }, successNotification: false })
      }
    />
  );
}

export function ProjectTasks({ projectId }: { projectId: string }) {
  return (
    <>
      <AddTaskForm projectId={projectId} />
      <RelatedTable<TaskWithAssignee>
        resource="tasks"
        of={["project_id", projectId]}
        sort="due_date.asc"
        select="*, assignee:profiles!assignee_id(full_name)"
        limit={100}
        emptyText="No tasks on this project."
        columns={[
          column.text("title", "Task"),
          column.related("Status", (task) => <TaskStatusSelect task={task} />),
          column.related("Assignee", (task) => task.assignee?.full_name),
          column.day("due_date", "Due"),
          column.actions(
            (task) => (
              <RemoveButton
                resource="tasks"
                id={task.id}
                question={`Remove the task "${task.title}"?`}
                removedMessage="Task removed"
              />
            ),
            "",
          ),
        ]}
      />
    </>
  );
}
