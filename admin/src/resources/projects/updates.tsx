// The updates posted on a project, newest first, each marked internal or client-visible so the
// team knows what the client has seen.
import type { Profile } from "@db/schema/profiles";
import type { ProjectUpdate } from "@db/schema/projects";
import { visibilityLabels } from "@db/status/projects";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Space, Typography } from "antd";
import { DateTime } from "../../components/list/date-time";
import { RelatedFeed } from "../../components/list/related-list";

type UpdateWithAuthor = ProjectUpdate & { author: Pick<Profile, "full_name"> | null };

export function ProjectUpdates({ projectId }: { projectId: string }) {
  return (
    <RelatedFeed<UpdateWithAuthor>
      resource="project_updates"
      of={["project_id", projectId]}
      sort="created_at.desc"
      select="*, author:profiles!author_id(full_name)"
      limit={50}
      emptyText="No updates posted yet."
      title={(update) => (
        <Space>
          <Typography.Text strong>{update.title}</Typography.Text>
          <StatusTag look={visibilityLabels[update.visibility]} />
        </Space>
      )}
      byline={(update) => (
        <Space size="small">
          <DateTime value={update.created_at} />
          <span>by {update.author?.full_name ?? "someone no longer here"}</span>
        </Space>
      )}
      body={(update) => update.body}
    />
  );
}
