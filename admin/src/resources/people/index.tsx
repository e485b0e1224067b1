// Everyone who can sign in: the list, each person's page, and the edit form.
import { IdcardOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const peopleResource = defineResource(
  { name: "profiles", label: "People", icon: <IdcardOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
