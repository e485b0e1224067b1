import { HistoryOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const auditLogResource = defineResource(
  { name: "audit_entries", label: "Audit log", icon: <HistoryOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
