import type { PageStatus } from "@db/schema/pages";
import { Tag } from "antd";
import { pageStatusLabels } from "./labels";

export function PageStatusTag({ status }: { status: PageStatus }) {
  const { label, color } = pageStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}
