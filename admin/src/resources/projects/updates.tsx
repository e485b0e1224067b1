// The updates posted on a project, newest first, each marked internal or client-visible so the
// team knows what the client has seen.
import type { Profile } from "@db/schema/profiles";
import type { ProjectUpdate } from "@db/schema/projects";
import { visibilityLabels } from "@db/status/projects";
import { useList } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Empty, List, Space, Typography } from "antd";
import { DateTime } from "../../components/list/date-time";

type UpdateWithAuthor = ProjectUpdate & { author: Pick<Profile, "full_name"> | null };

export function ProjectUpdates({ projectId }: { projectId: string }) {
  const { result, query } = useList<UpdateWithAuthor>({
    resource: "project_updates",
    filters: [{ field: "project_id", operator: "eq", value: projectId }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { pageSize: 50 },
    meta: { select: "*, author:profiles!author_id(full_name)" },
  });

  return (
    <List<UpdateWithAuthor>
      itemLayout="vertical"
      loading={query.isLoading}
      dataSource={result.data}
      rowKey="id"
      locale={{ emptyText: <Empty description="No updates posted yet." /> }}
      renderItem={(update) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Space>
                <Typography.Text strong>{update.title}</Typography.Text>
                <StatusTag look={visibilityLabels[update.visibility]} />
              </Space>
            }
            description={
              <Space size="small">
                <DateTime value={update.created_at} />
                <span>by {update.author?.full_name ?? "someone no longer here"}</span>
              </Space>
            }
          />
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {update.body}
          </Typography.Paragraph>
        </List.Item>
      )}
    />
  );
}
