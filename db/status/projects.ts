// How project, update and task states read, in the admin and the portal alike, so the team and
// the client talk about a project the same way.
import {
  type Project,
  type ProjectStatus,
  projectStatuses,
  type TaskStatus,
  taskStatuses,
  type UpdateVisibility,
} from "../schema/projects";
import { type StatusLook, statusOptions } from "./look";

/** The look of a project's progress bar (antd Progress `status`). */
export type ProgressLook = "normal" | "active" | "success";

export const projectStatusLabels: Record<ProjectStatus, StatusLook & { progress: ProgressLook }> = {
  pending: { label: "Not started", color: "default", progress: "normal" },
  active: { label: "In progress", color: "blue", progress: "active" },
  on_hold: { label: "On hold", color: "orange", progress: "normal" },
  completed: { label: "Completed", color: "green", progress: "success" },
};

/** Options for a status Select, in the order a project moves through them. */
export const projectStatusOptions = statusOptions(projectStatuses, projectStatusLabels);

/**
 * The tag and progress bar look for a project.
 * @example describeProjectStatus({ status: "on_hold" }).label // "On hold"
 */
export function describeProjectStatus(project: Pick<Project, "status">) {
  return projectStatusLabels[project.status];
}

export const visibilityLabels: Record<UpdateVisibility, StatusLook> = {
  internal: { label: "Internal", color: "default" },
  client: { label: "Client-visible", color: "green" },
};

export const taskStatusLabels: Record<TaskStatus, StatusLook> = {
  todo: { label: "To do", color: "default" },
  in_progress: { label: "In progress", color: "blue" },
  blocked: { label: "Blocked", color: "red" },
  done: { label: "Done", color: "green" },
};

/** Options for a task's status Select, in the order work moves through them. */
export const taskStatusOptions = statusOptions(taskStatuses, taskStatusLabels);
