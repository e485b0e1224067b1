// Editing a project's details; saving returns to its page, where updates are posted.
import type { Project } from "@db/schema/projects";
import { updateProjectSchema } from "@db/validation/projects";
import { Edit } from "@refinedev/antd";
import { useResourceForm } from "@supabase-client/forms/use-resource-form";
import { Form } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { ProjectFields } from "./fields";

export default function ProjectEdit() {
  const { formProps, saveButtonProps, query } = useResourceForm<
    Project,
    typeof updateProjectSchema
  >(updateProjectSchema, {
    resource: "projects",
    action: "edit",
    redirect: "show",
    successNotification: { type: "success", message: "Project saved" },
  });
  const project = query?.data?.data;

  return (
    <Edit
      goBack={backIcon}
      title={project ? `Edit ${project.name}` : "Edit project"}
      saveButtonProps={saveButtonProps}
      isLoading={query?.isLoading}
    >
      <Form {...formProps} layout="vertical">
        <ProjectFields record={project} />
      </Form>
    </Edit>
  );
}
