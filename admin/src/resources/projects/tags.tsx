// Coloured tags for a project's status, an update's visibility and a task's status.
import type { ProjectStatus, TaskStatus, UpdateVisibility } from "@db/schema/projects";
import { Tag } from "antd";
import { projectStatusLabels, taskStatusLabels, visibilityLabels } from "./labels";

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { label, color } = projectStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}

export function VisibilityTag({ visibility }: { visibility: UpdateVisibility }) {
  const { label, color } = visibilityLabels[visibility];
  return <Tag color={color}>{label}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { label, color } = taskStatusLabels[status];
  return <Tag color={color}>{label}</Tag>;
}
