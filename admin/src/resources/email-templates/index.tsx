import { MailOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const emailTemplatesResource: ResourceModule = {
  name: "email_templates",
  label: "Email templates",
  icon: <MailOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.EmailTemplateList,
  ),
  show: lazyPage(
    () => import("./show"),
    (page) => page.EmailTemplateShow,
  ),

  edit: lazyPage(
    () => import("./edit"),
    (page) => page.EmailTemplateEdit,
  ),
};
