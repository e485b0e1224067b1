import type { CompanyStatus } from "@db/schema/companies";
import { Tag } from "antd";
import { companyStatusLabels } from "./status";

export function CompanyStatusTag({ status }: { status: CompanyStatus }) {
  const { label, color } = companyStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}
