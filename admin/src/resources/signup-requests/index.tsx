// The sign-up queue and each request's page; the queue is the first page after sign-in, so
// it is drawn without antd to keep the first screen light.
import { TeamOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const signupRequestsResource = defineResource(
  {
    name: "signup_requests",
    label: "Sign-up requests",
    icon: <TeamOutlined />,
    lightPages: ["list"],
  },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
