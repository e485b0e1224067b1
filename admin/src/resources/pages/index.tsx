import { FileTextOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const pagesResource: ResourceModule = {
  name: "pages",
  label: "Pages",
  icon: <FileTextOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.PageList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.PageShow,
  ),
  create: lazyPage(
    () => import("./create"),
    (page) => page.PageCreate,
  ),
  edit: lazyPage(
    () => import("./edit"),
    (page) => page.PageEdit,
  ),
};
