import { HistoryOutlined } from "@ant-design/icons";
import { lazyPage, type ResourceModule } from "../resource-module";

export const auditLogResource: ResourceModule = {
  name: "audit_entries",
  label: "Audit log",
  icon: <HistoryOutlined />,
  list: lazyPage(
    () => import("./list"),
    (page) => page.AuditLogList,
  ),
};
