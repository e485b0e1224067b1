// Coloured tags for a project's status and an update's visibility.
import type { ProjectStatus, UpdateVisibility } from "@db/schema/projects";
import { Tag } from "antd";
import { projectStatusLabels, visibilityLabels } from "./labels";

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { label, color } = projectStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}

export function VisibilityTag({ visibility }: { visibility: UpdateVisibility }) {
  const { label, color } = visibilityLabels[visibility];
  return <Tag color={color}>{label}</Tag>;
}
