// Not a table: a page of counts over other resources, listed here so it has a menu entry.
import { DashboardOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const overviewResource: ResourceModule = {
  name: "overview",
  label: "Overview",
  icon: <DashboardOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.Overview,
  ),
};
