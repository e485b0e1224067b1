// Adding a task to the project: a title (db/validation's rule) and, if known, who does it.
import type { Task } from "@db/schema/projects";
import { insertTaskSchema } from "@db/validation/projects";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form, Space } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";

const shape = insertTaskSchema.shape;

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
        <TextField
          schema={shape.title}
          name="title"
          label={null}
          style={{ minWidth: 280 }}
          input={{ placeholder: "New task", "aria-label": "New task" }}
        />
        <SelectField
          schema={shape.assignee_id}
          name="assignee_id"
          label={null}
          input={{
            ...staff,
            allowClear: true,
            placeholder: "Assignee",
            "aria-label": "Assignee",
            style: { width: 200 },
          }}
        />
        <Button htmlType="submit" loading={isSaving}>
          Add task
        </Button>
      </Space>
    </Form>
  );
}
