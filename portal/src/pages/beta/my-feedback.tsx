// The tester's own past feedback on one build, newest first (RLS returns a client their own
// rows only; the filter on their id says so in the query too).
import type { BetaFeedback } from "@db/schema/beta";
import { useList } from "@refinedev/core";
import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { ScreenshotButton } from "@supabase-client/storage/screenshot-button";
import { List, Tag, Typography } from "antd";
import { supabase } from "../../supabase";

export function MyFeedback({ buildId, profileId }: { buildId: string; profileId: string }) {
  const t = useT();
  const format = useFormat();
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
    return <Typography.Text type="danger">{t("portal.beta.feedbackFailed")}</Typography.Text>;
  }
  return (
    <List<BetaFeedback>
      size="small"
      header={<Typography.Text strong>{t("portal.beta.yourFeedback")}</Typography.Text>}
      loading={query.isLoading}
      dataSource={result.data}
      locale={{ emptyText: t("portal.beta.noFeedback") }}
      renderItem={(feedback) => (
        <List.Item
          key={feedback.id}
          extra={<ScreenshotButton supabase={supabase} path={feedback.screenshot_path} />}
        >
          <List.Item.Meta
            title={<Tag color="gold">{t("portal.beta.rated", { rating: feedback.rating })}</Tag>}
            description={t("portal.beta.sent", { date: format.date(feedback.created_at) })}
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
