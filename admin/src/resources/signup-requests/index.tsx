import { TeamOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";

import { SignupRequestList } from "./list";
import { SignupRequestShow } from "./show";

export const signupRequestsResource: ResourceModule = {
  name: "signup_requests",
  path: "/signup-requests",
  label: "Sign-up requests",
  icon: <TeamOutlined />,
  list: SignupRequestList,
  show: SignupRequestShow,
};
