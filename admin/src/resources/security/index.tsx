// Not a table: the signed-in staff member's own sign-in security (authenticator apps), listed
// here so it has a menu entry and a route.
import { SafetyOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const securityResource = defineResource(
  { name: "security", label: "Security", icon: <SafetyOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
