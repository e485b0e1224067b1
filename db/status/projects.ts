// How project, update and task states read, in the admin and the portal alike, so the team and
// the client talk about a project the same way.
import type { Project, ProjectStatus, TaskStatus, UpdateVisibility } from "../schema/projects";
import { projectStatuses, taskStatuses } from "../schema/values";
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
 * The moves a project's status may make, the one table of them: the database's trigger
 * `guard_project_status` (drizzle/0020_board_bulk) enforces exactly these, and the board greys
 * out every other column. A started project never goes back to "Not started", and a project
 * completes only once it has started; a completed one may be reopened.
 */
export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  pending: ["active", "on_hold"],
  active: ["on_hold", "completed"],
  on_hold: ["active", "completed"],
  completed: ["active"],
};

/** @example canMoveProject("completed", "pending") // false */
export function canMoveProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return from === to || projectTransitions[from].includes(to);
}

/**
 * The database's words when it refuses a move (the trigger raises this very sentence).
 * @example projectMoveRefusal("completed", "pending") // "A project cannot go from Completed to Not started"
 */
export function projectMoveRefusal(from: ProjectStatus, to: ProjectStatus): string {
  return `A project cannot go from ${projectStatusLabels[from].label} to ${projectStatusLabels[to].label}`;
}

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
