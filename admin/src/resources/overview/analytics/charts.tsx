// The Overview's two charts, the only users of @ant-design/plots: this module loads with the
// analytics section, never with the first list.

import { Column, Pie } from "@ant-design/plots";
import { projectStatusLabels } from "@db/status/projects";
import type { ProjectsByStatus, SignupsPerDay } from "@db/validation/analytics";

export function SignupsChart({ days }: { days: SignupsPerDay[] }) {
  return (
    <Column
      data={days}
      xField="day"
      yField="signups"
      height={240}
      axis={{ y: { title: "Sign-ups" }, x: { title: false } }}
    />
  );
}

export function ProjectsChart({ rows }: { rows: ProjectsByStatus[] }) {
  const data = rows
    .filter((row) => row.projects > 0)
    .map((row) => ({ status: projectStatusLabels[row.status].label, projects: row.projects }));
  return (
    <Pie data={data} angleField="projects" colorField="status" height={240} innerRadius={0.5} />
  );
}
