// The updates the agency shared on a project, newest first. RLS returns clients only the
// client-visible ones, so internal notes never reach the browser; new ones appear live.
import type { ProjectUpdate } from "@db/schema/projects";
import { useList } from "@refinedev/core";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { Alert, Empty, Skeleton, Timeline, Typography } from "antd";

export function ProjectUpdates({ projectId }: { projectId: string }) {
  // Refine subscribes once per mount: a new key makes another project's page subscribe anew.
  return <LiveProjectUpdates key={projectId} projectId={projectId} />;
}

function LiveProjectUpdates({ projectId }: { projectId: string }) {
  const { result, query } = useList<ProjectUpdate>({
    resource: "project_updates",
    filters: [{ field: "project_id", operator: "eq", value: projectId }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { currentPage: 1, pageSize: 50 },
    // Realtime hears this project's updates (`project_id=eq.…`) and RLS delivers only those the
    // client may read; each one reloads the list, so an update appears as it is posted.
    liveMode: "auto",
  });
  const t = useT();
  const format = useFormat();

  if (query.isLoading) {
    return <Skeleton active />;
  }
  if (query.isError) {
    return <Alert type="error" showIcon message={t("portal.projects.updatesFailed")} />;
  }
  if (result.data.length === 0) {
    return <Empty description={t("portal.projects.noUpdates")} />;
  }
  return (
    <Timeline
      items={result.data.map((update) => ({
        key: update.id,
        children: (
          <article>
            <Typography.Text strong>{update.title}</Typography.Text>
            <Typography.Text type="secondary"> · {format.date(update.created_at)}</Typography.Text>
            <Typography.Paragraph style={{ marginTop: 4, whiteSpace: "pre-line" }}>
              {update.body}
            </Typography.Paragraph>
          </article>
        ),
      }))}
    />
  );
}
