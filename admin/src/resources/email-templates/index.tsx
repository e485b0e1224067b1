// Email templates: the list, each template with its preview, and the editor.
import { MailOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const emailTemplatesResource = defineResource(
  { name: "email_templates", label: "Email templates", icon: <MailOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
