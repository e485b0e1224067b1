import { TeamOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const signupRequestsResource: ResourceModule = {
  name: "signup_requests",
  path: "/signup-requests",
  label: "Sign-up requests",
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
