import type { AppRole } from "@db/schema/profiles";
import { Tag } from "antd";
import { roleLabels } from "./roles";

export function RoleTag({ role }: { role: AppRole }) {
  const { label, color } = roleLabels[role];
  return <Tag color={color}>{label}</Tag>;
}
