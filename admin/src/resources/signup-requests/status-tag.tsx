import type { SignupRequest } from "@db/schema/signup-requests";
import { Tag } from "antd";
import { statusLabels } from "./review";

export function StatusTag({ status }: { status: SignupRequest["status"] }) {
  const { label, color } = statusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}
