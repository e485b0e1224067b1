import { TeamOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const signupRequestsResource: ResourceModule = {
  name: "signup_requests",
  label: "Sign-up requests",
  // The first page after sign-in: drawn without antd to keep the first screen light.
  lightPages: ["list"],
  icon: <TeamOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.SignupRequestList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.SignupRequestShow,
  ),
};
