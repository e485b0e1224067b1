// A new client project; it starts not started at 0 %, and the team fills in the rest as it goes.
import type { Project } from "@db/schema/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { Create } from "@refinedev/antd";
import { Form } from "antd";
import { useZodForm } from "../../components/form/use-zod-form";
import { ProjectFields } from "./fields";

export function ProjectCreate() {
  const { formProps, saveButtonProps } = useZodForm<Project>(insertProjectSchema, {
    resource: "projects",
    action: "create",
    redirect: "list",
    successNotification: { type: "success", message: "Project created" },
  });

  return (
    <Create title="New project" saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" initialValues={{ status: "pending", progress: 0 }}>
        <ProjectFields />
      </Form>
    </Create>
  );
}
