import { InboxOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const emailOutboxResource = defineResource(
  { name: "outbox_emails", label: "Email outbox", icon: <InboxOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
