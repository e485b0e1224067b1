// The updates posted on a project, newest first, each marked internal or client-visible so the
// team knows what the client has seen.
import type { Profile } from "@db/schema/profiles";
import type { ProjectUpdate } from "@db/schema/projects";
import { visibilityLabels } from "@db/status/projects";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Space, Typography } from "antd";
import { DateTime } from "../../components/list/date-time";
import { newestPostsWithAuthor, RelatedFeed } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";

type UpdateWithAuthor = ProjectUpdate & { author: Pick<Profile, "full_name"> | null };

export function ProjectUpdates({ projectId }: { projectId: string }) {
  const t = useAdminT();
  const visibility = useStatusWords().looks("visibility", visibilityLabels);
  return (
    <RelatedFeed<UpdateWithAuthor>
      query={{
        resource: "project_updates",
        of: ["project_id", projectId],
        ...newestPostsWithAuthor,
      }}
      emptyText={t("admin.projects.updates.empty")}
      title={(update) => (
        <Space>
          <Typography.Text strong>{update.title}</Typography.Text>
          <StatusTag look={visibility[update.visibility]} />
        </Space>
      )}
      byline={(update) => (
        <Space size="small">
          <DateTime value={update.created_at} />
          <span>
            {t("admin.projects.updates.by", {
              name: update.author?.full_name ?? t("admin.projects.updates.someone"),
            })}
          </span>
        </Space>
      )}
      body={(update) => update.body}
    />
  );
}
