// A new client project; it starts not started at 0 %, and the team fills in the rest as it goes.
import type { Project } from "@db/schema/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { CreatePage } from "../../components/form/form-page";
import { ProjectFields } from "./fields";

export default function ProjectCreate() {
  return (
    <CreatePage<Project, typeof insertProjectSchema>
      title="New project"
      schema={insertProjectSchema}
      redirect="list"
      savedMessage="Project created"
      initialValues={{ status: "pending", progress: 0 }}
    >
      <ProjectFields />
    </CreatePage>
  );
}
