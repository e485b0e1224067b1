// How a project's status reads to a client: the word on its tag, the tag's colour, and the look
// of its progress bar.
import type { Project, ProjectStatus } from "@db/schema/projects";

type ProgressLook = "normal" | "active" | "success";

const looks: Record<ProjectStatus, { label: string; color: string; progress: ProgressLook }> = {
  pending: { label: "Not started", color: "default", progress: "normal" },
  active: { label: "In progress", color: "blue", progress: "active" },
  on_hold: { label: "On hold", color: "orange", progress: "normal" },
  completed: { label: "Completed", color: "green", progress: "success" },
};

/**
 * The tag and progress bar look for a project.
 * @example describeProjectStatus({ status: "on_hold" }).label // "On hold"
 */
export function describeProjectStatus(project: Pick<Project, "status">): {
  label: string;
  color: string;
  progress: ProgressLook;
} {
  return looks[project.status];
}
