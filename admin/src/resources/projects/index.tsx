// Client projects: the list, each project's page (updates, tasks, documents), create and edit.
import { ProjectOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const projectsResource = defineResource(
  { name: "projects", label: "Projects", icon: <ProjectOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
