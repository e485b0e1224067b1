// A status as a coloured tag, in the words and colour db/status gives it, alike in both apps.
import type { StatusLook } from "@db/status/look";
import { Tag } from "antd";

/** @example <StatusTag look={projectStatusLabels[project.status]} /> */
export function StatusTag({ look }: { look: StatusLook }) {
  return <Tag color={look.color}>{look.label}</Tag>;
}
