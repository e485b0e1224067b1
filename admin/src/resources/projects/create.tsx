// A new client project; it starts not started at 0 %, and the team fills in the rest as it goes.
import type { Project } from "@db/schema/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { Create } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { ProjectFields } from "./fields";

export default function ProjectCreate() {
  const { formProps, saveButtonProps } = useResourceForm<Project, typeof insertProjectSchema>(
    insertProjectSchema,
    {
      resource: "projects",
      action: "create",
      redirect: "list",
      successNotification: { type: "success", message: "Project created" },
    },
  );

  return (
    <Create goBack={backIcon} title="New project" saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" initialValues={{ status: "pending", progress: 0 }}>
        <ProjectFields />
      </Form>
    </Create>
  );
}
