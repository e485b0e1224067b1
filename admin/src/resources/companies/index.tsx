import { BankOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const companiesResource: ResourceModule = {
  name: "companies",
  label: "Companies",
  icon: <BankOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.CompanyList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.CompanyShow,
  ),
  create: lazyPage(
    () => import("./create"),
    (page) => page.CompanyCreate,
  ),
  edit: lazyPage(
    () => import("./edit"),
    (page) => page.CompanyEdit,
  ),
};
