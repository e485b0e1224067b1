// The project's internal tasks (clients never see them): add one, move it along by its status,
// remove it after a confirmation.
import type { Profile } from "@db/schema/profiles";
import type { Task, TaskStatus } from "@db/schema/projects";
import { taskStatusOptions } from "@db/status/projects";
import { DateField } from "@refinedev/antd";
import { useDelete, useList, useUpdate } from "@refinedev/core";
import { Button, Popconfirm, Select, Table, Typography } from "antd";
import { AddTaskForm } from "./add-task-form";

type TaskWithAssignee = Task & { assignee: Pick<Profile, "full_name"> | null };

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function ProjectTasks({ projectId }: { projectId: string }) {
  const { result, query } = useList<TaskWithAssignee>({
    resource: "tasks",
    filters: [{ field: "project_id", operator: "eq", value: projectId }],
    sorters: [{ field: "due_date", order: "asc" }],
    pagination: { pageSize: 100 },
    meta: { select: "*, assignee:profiles!assignee_id(full_name)" },
  });

  const { mutate: update } = useUpdate<Task>();
  const { mutate: remove, mutation: removing } = useDelete<Task>();

  return (
    <>
      <AddTaskForm projectId={projectId} />
      <Table<TaskWithAssignee>
        dataSource={result.data}
        loading={query.isLoading}
        rowKey="id"
        pagination={false}
        size="small"
        locale={{ emptyText: "No tasks on this project." }}
      >
        <Table.Column<TaskWithAssignee> dataIndex="title" title="Task" />
        <Table.Column<TaskWithAssignee>
          dataIndex="status"
          title="Status"
          render={(value: TaskStatus, task) => (
            <Select<TaskStatus>
              value={value}
              options={taskStatusOptions}
              aria-label={`Status of ${task.title}`}
              style={{ width: 140 }}
              onChange={(status) =>
                update({
                  resource: "tasks",
                  id: task.id,
                  values: { status },
                  successNotification: false,
                })
              }
            />
          )}
        />
        <Table.Column<TaskWithAssignee>
          title="Assignee"
          render={(_, task) => task.assignee?.full_name ?? dash}
        />
        <Table.Column<TaskWithAssignee>
          dataIndex="due_date"
          title="Due"
          render={(value: string | null) =>
            value ? <DateField value={value} format="D MMM YYYY" /> : dash
          }
        />
        <Table.Column<TaskWithAssignee>
          title=""
          render={(_, task) => (
            <Popconfirm
              title={`Remove the task "${task.title}"?`}
              okText="Remove"
              okButtonProps={{ danger: true, loading: removing.isPending }}
              onConfirm={() =>
                remove({
                  resource: "tasks",
                  id: task.id,
                  successNotification: { type: "success", message: "Task removed" },
                })
              }
            >
              <Button size="small" danger>
                Remove
              </Button>
            </Popconfirm>
          )}
        />
      </Table>
    </>
  );
}
