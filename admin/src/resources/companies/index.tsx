// Client companies: the list, each company's page (contacts, projects, notes), create and edit.
import { BankOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const companiesResource = defineResource(
  { name: "companies", label: "Companies", icon: <BankOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
