// Not a table: the signed-in staff member's own sign-in security (authenticator apps), listed
// here so it has a menu entry and a route.
import { SafetyOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const securityResource: ResourceModule = {
  name: "security",
  label: "Security",
  icon: <SafetyOutlined />,
  list: lazyPage(
    () => import("./page"),
    (page) => page.SecurityPage,
  ),
};
