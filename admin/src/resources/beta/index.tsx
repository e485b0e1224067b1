import { ExperimentOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";
import { ProductCreate } from "./create";
import { ProductEdit } from "./edit";
import { ProductList } from "./list";
import { ProductShow } from "./show";

export const productsResource: ResourceModule = {
  name: "products",
  path: "/products",
  label: "Beta products",
  icon: <ExperimentOutlined />,
  list: ProductList,
  show: ProductShow,
  create: ProductCreate,
  edit: ProductEdit,
};
