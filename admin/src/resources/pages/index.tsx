import { FileTextOutlined } from "@ant-design/icons";
import { adminExtraRoutes } from "@db/routes/admin";
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
  extraPages: [
    {
      path: adminExtraRoutes.pagePreview,
      component: lazyPage(
        () => import("./preview"),
        (page) => page.PagePreview,
      ),
    },
  ],
};
