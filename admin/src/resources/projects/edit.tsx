// Editing a project's details; saving returns to its page, where updates are posted.
import type { Project } from "@db/schema/projects";
import { updateProjectSchema } from "@db/validation/projects";
import { EditPage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { ProjectFields } from "./fields";

export default function ProjectEdit() {
  const t = useAdminT();
  return (
    <EditPage<Project, typeof updateProjectSchema>
      title={(project) => t("admin.projects.form.editTitle", { name: project.name })}
      untitled={t("admin.projects.form.editUntitled")}
      schema={updateProjectSchema}
      savedMessage={t("admin.projects.form.saved")}
    >
      {(project) => <ProjectFields record={project} />}
    </EditPage>
  );
}
