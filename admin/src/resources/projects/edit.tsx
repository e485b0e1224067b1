// Editing a project's details; saving returns to its page, where updates are posted.
import type { Project } from "@db/schema/projects";
import { updateProjectSchema } from "@db/validation/projects";
import { EditPage } from "../../components/form/form-page";
import { ProjectFields } from "./fields";

export default function ProjectEdit() {
  return (
    <EditPage<Project, typeof updateProjectSchema>
      title={(project) => `Edit ${project.name}`}
      untitled="Edit project"
      schema={updateProjectSchema}
      savedMessage="Project saved"
    >
      {(project) => <ProjectFields record={project} />}
    </EditPage>
  );
}
