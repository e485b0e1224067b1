import type { ProductStatus } from "@db/schema/beta";
import { Tag } from "antd";
import { productStatusLabels } from "./labels";

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { label, color } = productStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}
