// The projects board: one column per status (words and colours from db/status), every project a
// card. Drag a card, or use its "Move to…" menu, to change its status; the move shows at once and
// is undone with the database's reason if the database refuses it.
import { type ProjectStatus, projectStatuses } from "@db/schema/projects";
import { canMoveProject } from "@db/status/projects";
import { List } from "@refinedev/antd";
import { useList } from "@refinedev/core";
import { Alert, Flex } from "antd";
import { useState } from "react";
import { useAdminT } from "../../../i18n";
import { type ProjectRow, projectRowSelect } from "../project-row";
import { ProjectViewSwitch } from "../view-switch";
import { BoardCard } from "./board-card";
import { BoardColumn } from "./board-column";
import { useBoardMoves } from "./use-board-moves";

export function ProjectBoard() {
  const { result, query } = useList<ProjectRow>({
    resource: "projects",
    pagination: { mode: "off" },
    sorters: [{ field: "due_date", order: "asc" }],
    meta: { select: projectRowSelect },
  });
  const { move, statusOf } = useBoardMoves();
  const t = useAdminT();
  const [dragged, setDragged] = useState<ProjectRow | null>(null);
  const projects = result.data;
  const byId = new Map(projects.map((project) => [project.id, project]));

  return (
    // No breadcrumb: Refine would read "board" as a project id and say "Show".
    <List
      title={t("admin.projects.list.title")}
      breadcrumb={false}
      headerButtons={<ProjectViewSwitch />}
    >
      {query.isError ? <Alert type="error" message={t("admin.projects.board.loadFailed")} /> : null}
      <Flex gap={12} align="flex-start" style={{ overflowX: "auto" }}>
        {projectStatuses.map((status) => {
          const cards = projects.filter((project) => statusOf(project) === status);
          return (
            <BoardColumn
              key={status}
              status={status}
              count={cards.length}
              isAllowed={dragged ? canMoveProject(statusOf(dragged), status) : null}
              onDropProject={(id) => {
                const project = byId.get(id);
                if (project) {
                  move(project, status);
                }
              }}
            >
              {cards.map((project) => (
                <BoardCard
                  key={project.id}
                  project={project}
                  status={status}
                  onMove={(to: ProjectStatus) => move(project, to)}
                  onDragStart={() => setDragged(project)}
                  onDragEnd={() => setDragged(null)}
                />
              ))}
            </BoardColumn>
          );
        })}
      </Flex>
    </List>
  );
}
