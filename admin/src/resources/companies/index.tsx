import { BankOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";
import { CompanyCreate } from "./create";
import { CompanyEdit } from "./edit";
import { CompanyList } from "./list";
import { CompanyShow } from "./show";

export const companiesResource: ResourceModule = {
  name: "companies",
  path: "/companies",
  label: "Companies",
  icon: <BankOutlined />,
  list: CompanyList,
  show: CompanyShow,
  create: CompanyCreate,
  edit: CompanyEdit,
};
