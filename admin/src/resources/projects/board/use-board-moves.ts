// The board's moves: a card goes to its new column at once (optimistic), the database decides
// (its transition trigger is the rule), and a refusal puts the card back and shows the
// database's own sentence.
import type { ProjectStatus } from "@db/schema/projects";
import { useNotification, useUpdate } from "@refinedev/core";
import { refusalSentence } from "@supabase-client/forms/refusal";
import { useState } from "react";
import { useAdminT } from "../../../i18n";
import type { ProjectRow } from "../project-row";

export function useBoardMoves() {
  const [moved, setMoved] = useState<Record<string, ProjectStatus>>({});
  const { mutate } = useUpdate<ProjectRow>();
  const { open } = useNotification();
  const t = useAdminT();

  const forget = (id: string) => setMoved(({ [id]: _dropped, ...rest }) => rest);

  const move = (project: ProjectRow, to: ProjectStatus) => {
    if ((moved[project.id] ?? project.status) === to) {
      return;
    }
    setMoved((current) => ({ ...current, [project.id]: to }));
    mutate(
      {
        resource: "projects",
        id: project.id,
        values: { status: to },
        successNotification: false,
        errorNotification: false,
      },
      {
        // On success the override stays: it equals the saved status, and dropping it before the
        // list is refetched would flick the card back for a moment.
        onError: (error) => {
          forget(project.id);
          open?.({
            type: "error",
            key: `move-${project.id}`,
            message: t("admin.projects.board.notMoved", { name: project.name }),
            description: refusalSentence(error),
          });
        },
      },
    );
  };

  /** Where a card shows: its pending move, else its saved status. */
  const statusOf = (project: ProjectRow): ProjectStatus => moved[project.id] ?? project.status;
  return { move, statusOf };
}
