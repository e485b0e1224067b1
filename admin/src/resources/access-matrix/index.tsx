// Not a table: the admins' live view of who may do what on each exposed table, read from the
// database by public.access_matrix(). Only admins see its menu entry (access-control.ts).
import { AuditOutlined } from "@ant-design/icons";
import { defineResource } from "../resource-module";

export const accessMatrixResource = defineResource(
  { name: "access_matrix", label: "Access matrix", icon: <AuditOutlined /> },
  import.meta.glob("./{list,show,create,edit}.tsx"),
);
