import { FileTextOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";
import { PageCreate } from "./create";
import { PageEdit } from "./edit";
import { PageList } from "./list";
import { PageShow } from "./show";

export const pagesResource: ResourceModule = {
  name: "pages",
  path: "/pages",
  label: "Pages",
  icon: <FileTextOutlined />,
  list: PageList,
  show: PageShow,
  create: PageCreate,
  edit: PageEdit,
};
