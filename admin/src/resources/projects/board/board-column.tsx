// One status column of the board. While a card is dragged, a column it may not move to is greyed
// and refuses the drop (db/status/projects.ts `canMoveProject`; the database still decides).
import type { ProjectStatus } from "@db/schema/projects";
import { projectStatusLabels } from "@db/status/projects";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Empty, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useAdminT } from "../../../i18n";
import { useStatusWords } from "../../../i18n/status-words";

interface BoardColumnProps {
  status: ProjectStatus;
  count: number;
  /** While a card is dragged: whether it may come here. */
  isAllowed: boolean | null;
  onDropProject: (id: string) => void;
  children: ReactNode;
}

export function BoardColumn({
  status,
  count,
  isAllowed,
  onDropProject,
  children,
}: BoardColumnProps) {
  const t = useAdminT();
  const look = useStatusWords().looks("project", projectStatusLabels)[status];
  return (
    <section
      aria-label={t("admin.projects.board.column", { status: look.label })}
      data-status={status}
      aria-disabled={isAllowed === false}
      onDragOver={(event) => {
        if (isAllowed) {
          event.preventDefault();
          event.dataTransfer.dropEffect = "move";
        }
      }}
      onDrop={(event) => {
        event.preventDefault();
        const id = event.dataTransfer.getData("text/plain");
        if (id && isAllowed) {
          onDropProject(id);
        }
      }}
      style={{
        flex: "1 1 0",
        minWidth: 220,
        background: "#f5f5f5",
        borderRadius: 8,
        padding: 12,
        opacity: isAllowed === false ? 0.45 : 1,
        outline: isAllowed ? "2px dashed #1677ff" : "none",
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <StatusTag look={look} />
        <Typography.Text type="secondary">{count}</Typography.Text>
      </Flex>
      <Flex vertical gap={8}>
        {count === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t("admin.projects.board.empty")}
          />
        ) : null}
        {children}
      </Flex>
    </section>
  );
}
