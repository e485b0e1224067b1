// A project's status as a coloured tag.
import type { Project } from "@db/schema/projects";
import { Tag } from "antd";
import { describeProjectStatus } from "./project-status";

export function ProjectStatusTag({ project }: { project: Pick<Project, "status"> }) {
  const { label, color } = describeProjectStatus(project);
  return <Tag color={color}>{label}</Tag>;
}
