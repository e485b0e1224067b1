// Adding a task to the project: a title (db/validation's rule) and, if known, who does it.
import type { Task } from "@db/schema/projects";
import { insertTaskSchema } from "@db/validation/projects";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { zodRule } from "@supabase-client/forms/zod-rule";
import { Button, Form, Input, Select, Space } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";

type TaskValues = Pick<Task, "title" | "assignee_id">;

export function AddTaskForm({ projectId }: { projectId: string }) {
  const { selectProps: staff } = useStaffSelect();
  const { formProps, isSaving } = useRecordForm(insertTaskSchema, {
    resource: "tasks",
    prepare: (values: TaskValues) => ({ ...values, project_id: projectId }),
    savedMessage: () => "Task added",
  });

  return (
    <Form {...formProps} layout="inline" style={{ marginBottom: 16 }}>
      <Space wrap align="start">
        <Form.Item
          name="title"
          rules={[zodRule(insertTaskSchema.shape.title)]}
          style={{ minWidth: 280 }}
        >
          <Input placeholder="New task" aria-label="New task" />
        </Form.Item>
        <Form.Item name="assignee_id">
          <Select
            {...staff}
            allowClear
            placeholder="Assignee"
            aria-label="Assignee"
            style={{ width: 200 }}
          />
        </Form.Item>
        <Button htmlType="submit" loading={isSaving}>
          Add task
        </Button>
      </Space>
    </Form>
  );
}
