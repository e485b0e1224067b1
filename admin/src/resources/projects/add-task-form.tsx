// Adding a task to the project: a title (db/validation's rule) and, if known, who does it.
import type { Task } from "@db/schema/projects";
import { insertTaskSchema } from "@db/validation/projects";
import { useCreate } from "@refinedev/core";
import { fieldErrors, zodRule } from "@supabase-client/zod-form";
import { Button, Form, Input, Select, Space } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";

type TaskValues = Pick<Task, "title" | "assignee_id">;

export function AddTaskForm({ projectId }: { projectId: string }) {
  const [form] = Form.useForm<TaskValues>();
  const { mutate, mutation } = useCreate<Task>();
  const { selectProps: staff } = useStaffSelect();

  const onFinish = (values: TaskValues) => {
    const parsed = insertTaskSchema.safeParse({ ...values, project_id: projectId });
    if (!parsed.success) {
      form.setFields(fieldErrors(parsed.error) as Parameters<typeof form.setFields>[0]);
      return;
    }
    mutate(
      {
        resource: "tasks",
        values: parsed.data,
        successNotification: { type: "success", message: "Task added" },
      },
      { onSuccess: () => form.resetFields() },
    );
  };

  return (
    <Form form={form} layout="inline" onFinish={onFinish} style={{ marginBottom: 16 }}>
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
        <Button htmlType="submit" loading={mutation.isPending}>
          Add task
        </Button>
      </Space>
    </Form>
  );
}
