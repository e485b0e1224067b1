// The Overview's two charts, the only users of @ant-design/plots: this module loads with the
// analytics section, never with the first list.

import { Column, Pie } from "@ant-design/plots";
import type { ProjectsByStatus, SignupsPerDay } from "@db/validation/analytics";
import { useAdminT } from "../../../i18n";
import { useStatusWords } from "../../../i18n/status-words";

export function SignupsChart({ days }: { days: SignupsPerDay[] }) {
  const t = useAdminT();
  return (
    <Column
      data={days}
      xField="day"
      yField="signups"
      height={240}
      axis={{ y: { title: t("admin.overview.analytics.signups") }, x: { title: false } }}
    />
  );
}

export function ProjectsChart({ rows }: { rows: ProjectsByStatus[] }) {
  const { word } = useStatusWords();
  const data = rows
    .filter((row) => row.projects > 0)
    .map((row) => ({ status: word("project", row.status), projects: row.projects }));
  return (
    <Pie data={data} angleField="projects" colorField="status" height={240} innerRadius={0.5} />
  );
}
