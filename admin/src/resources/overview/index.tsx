// Not a table: a page of counts over other resources, listed here so it has a menu entry.
import { DashboardOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const overviewResource = defineResource(
  { name: "overview", label: "Overview", icon: <DashboardOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
