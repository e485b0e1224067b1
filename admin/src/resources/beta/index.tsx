import { ExperimentOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const productsResource: ResourceModule = {
  name: "products",
  label: "Beta products",
  icon: <ExperimentOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.ProductList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.ProductShow,
  ),
  create: lazyPage(
    () => import("./create"),
    (page) => page.ProductCreate,
  ),
  edit: lazyPage(
    () => import("./edit"),
    (page) => page.ProductEdit,
  ),
};
