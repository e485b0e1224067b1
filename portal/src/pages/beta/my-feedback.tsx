// The tester's own past feedback on one build, newest first (RLS returns a client their own
// rows only; the filter on their id says so in the query too).
import type { BetaFeedback } from "@db/schema/beta";
import { useList } from "@refinedev/core";
import { ScreenshotButton } from "@supabase-client/storage/screenshot-button";
import { List, Tag, Typography } from "antd";
import { formatMoment } from "../../format/calendar-day";
import { supabase } from "../../supabase";

export function MyFeedback({ buildId, profileId }: { buildId: string; profileId: string }) {
  const { result, query } = useList<BetaFeedback>({
    resource: "beta_feedback",
    filters: [
      { field: "build_id", operator: "eq", value: buildId },
      { field: "profile_id", operator: "eq", value: profileId },
    ],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { mode: "off" },
  });
  if (query.isError) {
    return (
      <Typography.Text type="danger">
        Your feedback could not be loaded. Reload to retry.
      </Typography.Text>
    );
  }
  return (
    <List<BetaFeedback>
      size="small"
      header={<Typography.Text strong>Your feedback on this build</Typography.Text>}
      loading={query.isLoading}
      dataSource={result.data}
      locale={{ emptyText: "You have not sent feedback on this build yet." }}
      renderItem={(feedback) => (
        <List.Item
          key={feedback.id}
          extra={<ScreenshotButton supabase={supabase} path={feedback.screenshot_path} />}
        >
          <List.Item.Meta
            title={<Tag color="gold">Rated {feedback.rating} / 5</Tag>}
            description={`Sent ${formatMoment(feedback.created_at)}`}
          />
          {feedback.body ? (
            <Typography.Paragraph style={{ whiteSpace: "pre-line", marginBottom: 0 }}>
              {feedback.body}
            </Typography.Paragraph>
          ) : null}
        </List.Item>
      )}
    />
  );
}
