// Adding a task to the project: a title (db/validation's rule) and, if known, who does it.
import type { Task } from "@db/schema/projects";
import { insertTaskSchema } from "@db/validation/projects";
import { SelectField, TextField } from "@supabase-client/forms/fields";
import { useRecordForm } from "@supabase-client/forms/use-record-form";
import { Button, Form, Space } from "antd";
import { useStaffSelect } from "../../components/form/use-staff-select";
import { useAdminT } from "../../i18n";

const shape = insertTaskSchema.shape;

type TaskValues = Pick<Task, "title" | "assignee_id">;

export function AddTaskForm({ projectId }: { projectId: string }) {
  const { selectProps: staff } = useStaffSelect();
  const t = useAdminT();
  const { formProps, isSaving } = useRecordForm(insertTaskSchema, {
    resource: "tasks",
    prepare: (values: TaskValues) => ({ ...values, project_id: projectId }),
    savedMessage: () => t("admin.projects.tasks.added"),
  });

  return (
    <Form {...formProps} layout="inline" style={{ marginBottom: 16 }}>
      <Space wrap align="start">
        <TextField
          schema={shape.title}
          name="title"
          label={null}
          style={{ minWidth: 280 }}
          input={{
            placeholder: t("admin.projects.tasks.newTask"),
            "aria-label": t("admin.projects.tasks.newTask"),
          }}
        />
        <SelectField
          schema={shape.assignee_id}
          name="assignee_id"
          label={null}
          input={{
            ...staff,
            allowClear: true,
            placeholder: t("admin.projects.tasks.assignee"),
            "aria-label": t("admin.projects.tasks.assignee"),
            style: { width: 200 },
          }}
        />
        <Button htmlType="submit" loading={isSaving}>
          {t("admin.projects.tasks.add")}
        </Button>
      </Space>
    </Form>
  );
}
