// Beta products: the list, each product's page (access, builds, invite codes), create and edit.
import { ExperimentOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const productsResource = defineResource(
  { name: "products", label: "Beta products", icon: <ExperimentOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
