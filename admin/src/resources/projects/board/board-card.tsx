// One project on the board: draggable to another column, and with a "Move to…" menu that does the
// same from the keyboard. Columns the project may not move to are disabled in the menu.

import { adminPath } from "@db/routes/admin";
import { fillPath } from "@db/routes/portal";
import type { ProjectStatus } from "@db/schema/projects";
import { projectStatuses } from "@db/schema/projects";
import { canMoveProject } from "@db/status/projects";
import { useFormat } from "@supabase-client/i18n/locale-context";
import { Button, Card, Dropdown, Typography } from "antd";
import { Link } from "react-router";
import { useAdminT } from "../../../i18n";
import { useStatusWords } from "../../../i18n/status-words";
import type { ProjectRow } from "../project-row";

interface BoardCardProps {
  project: ProjectRow;
  status: ProjectStatus;
  onMove: (to: ProjectStatus) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

export function BoardCard({ project, status, onMove, onDragStart, onDragEnd }: BoardCardProps) {
  const t = useAdminT();
  const { word } = useStatusWords();
  const format = useFormat();
  const menu = projectStatuses
    .filter((to) => to !== status)
    .map((to) => ({
      key: to,
      label: word("project", to),
      disabled: !canMoveProject(status, to),
    }));
  return (
    <Card
      size="small"
      draggable
      aria-label={project.name}
      data-project-id={project.id}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", project.id);
        event.dataTransfer.effectAllowed = "move";
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      style={{ cursor: "grab" }}
      title={
        <Link to={fillPath(adminPath("projects", "show"), { id: project.id })}>{project.name}</Link>
      }
      extra={
        <Dropdown
          trigger={["click"]}
          menu={{ items: menu, onClick: ({ key }) => onMove(key as ProjectStatus) }}
        >
          <Button
            size="small"
            aria-label={t("admin.projects.board.moveLabel", { name: project.name })}
          >
            {t("admin.projects.board.moveTo")}
          </Button>
        </Dropdown>
      }
    >
      <Typography.Text type="secondary">
        {project.company?.name ?? t("admin.projects.board.noCompany")}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary">
        {project.account_manager?.full_name ?? t("admin.projects.board.noManager")}
        {project.due_date
          ? t("admin.projects.board.due", { day: format.day(project.due_date) })
          : ""}
      </Typography.Text>
    </Card>
  );
}
