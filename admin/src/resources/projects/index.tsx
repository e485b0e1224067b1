// Client projects: the list and its board by status, each project's page (updates, tasks,
// documents), create and edit.
import { ProjectOutlined } from "@ant-design/icons";
import { adminExtraRoutes } from "@db/routes/admin";
import { defineResource, lazyPage } from "../resource-module";

export const projectsResource = defineResource(
  {
    name: "projects",
    label: "Projects",
    icon: <ProjectOutlined />,
    extraPages: [
      {
        path: adminExtraRoutes.projectBoard,
        component: lazyPage(() => import("./board/board"), "ProjectBoard"),
      },
    ],
  },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
