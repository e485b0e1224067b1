import { ProjectOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";
import { ProjectCreate } from "./create";
import { ProjectEdit } from "./edit";
import { ProjectList } from "./list";
import { ProjectShow } from "./show";

export const projectsResource: ResourceModule = {
  name: "projects",
  path: "/projects",
  label: "Projects",
  icon: <ProjectOutlined />,
  list: ProjectList,
  show: ProjectShow,
  create: ProjectCreate,
  edit: ProjectEdit,
};
