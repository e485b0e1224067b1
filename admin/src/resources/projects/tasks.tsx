// The project's internal tasks, read-only for now: they are planned elsewhere and shown here so
// whoever posts an update can see where the work stands.
import type { Profile } from "@db/schema/profiles";
import type { Task, TaskStatus } from "@db/schema/projects";
import { DateField } from "@refinedev/antd";
import { useList } from "@refinedev/core";
import { Table, Typography } from "antd";
import { TaskStatusTag } from "./tags";

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

  return (
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
        render={(value: TaskStatus) => <TaskStatusTag status={value} />}
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
    </Table>
  );
}
