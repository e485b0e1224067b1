// How project, update and task states read in the admin, and their tag colours. The words match
// the portal's, so the team and the client talk about a project the same way.
import type { ProjectStatus, TaskStatus, UpdateVisibility } from "@db/schema/projects";
import { projectStatuses, taskStatuses } from "@db/schema/projects";

interface Look {
  label: string;
  color: string;
}

export const projectStatusLabels: Record<ProjectStatus, Look> = {
  pending: { label: "Not started", color: "default" },
  active: { label: "In progress", color: "blue" },
  on_hold: { label: "On hold", color: "orange" },
  completed: { label: "Completed", color: "green" },
};

/** Options for a status Select, in the order a project moves through them. */
export const projectStatusOptions = projectStatuses.map((value) => ({
  value,
  label: projectStatusLabels[value].label,
}));

export const visibilityLabels: Record<UpdateVisibility, Look> = {
  internal: { label: "Internal", color: "default" },
  client: { label: "Client-visible", color: "green" },
};

export const taskStatusLabels: Record<TaskStatus, Look> = {
  todo: { label: "To do", color: "default" },
  in_progress: { label: "In progress", color: "blue" },
  blocked: { label: "Blocked", color: "red" },
  done: { label: "Done", color: "green" },
};

/** Options for a task's status Select, in the order work moves through them. */
export const taskStatusOptions = taskStatuses.map((value) => ({
  value,
  label: taskStatusLabels[value].label,
}));
