// A new client project; it starts not started at 0 %, and the team fills in the rest as it goes.
import type { Project } from "@db/schema/projects";
import { insertProjectSchema } from "@db/validation/projects";
import { CreatePage } from "../../components/form/form-page";
import { useAdminT } from "../../i18n";
import { ProjectFields } from "./fields";

export default function ProjectCreate() {
  const t = useAdminT();
  return (
    <CreatePage<Project, typeof insertProjectSchema>
      title={t("admin.projects.form.newTitle")}
      schema={insertProjectSchema}
      redirect="list"
      savedMessage={t("admin.projects.form.created")}
      initialValues={{ status: "pending", progress: 0 }}
    >
      <ProjectFields />
    </CreatePage>
  );
}
