import { MailOutlined } from "@ant-design/icons";
import type { ResourceModule } from "../resource-module";

import { EmailTemplateEdit } from "./edit";
import { EmailTemplateList } from "./list";
import { EmailTemplateShow } from "./show";

export const emailTemplatesResource: ResourceModule = {
  name: "email_templates",
  path: "/email-templates",
  label: "Email templates",
  icon: <MailOutlined />,
  list: EmailTemplateList,
  show: EmailTemplateShow,

  edit: EmailTemplateEdit,
};
