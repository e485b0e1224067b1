import { ProjectOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const projectsResource: ResourceModule = {
  name: "projects",
  label: "Projects",
  icon: <ProjectOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.ProjectList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.ProjectShow,
  ),
  create: lazyPage(
    () => import("./create"),
    (page) => page.ProjectCreate,
  ),
  edit: lazyPage(
    () => import("./edit"),
    (page) => page.ProjectEdit,
  ),
};
