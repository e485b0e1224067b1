// One beta product and its published builds, each with the client's feedback on it.
import { Card, Empty, List, Tag, Typography } from "antd";
import { formatMoment } from "../../format/calendar-day";
import { BuildDownload } from "./build-download";
import { BuildFeedback } from "./build-feedback";
import type { ProductBuilds } from "./group-builds";

export function ProductBuildsCard({ product, builds }: ProductBuilds) {
  return (
    <Card title={product.name}>
      {product.description ? (
        <Typography.Paragraph type="secondary">{product.description}</Typography.Paragraph>
      ) : null}
      {builds.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="No build published yet. We email you when the first one is out."
        />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={builds}
          renderItem={(build) => (
            <List.Item key={build.id}>
              <List.Item.Meta
                title={<Tag color="blue">Version {build.version}</Tag>}
                description={
                  build.published_at ? `Published ${formatMoment(build.published_at)}` : "Draft"
                }
              />
              {build.release_notes ? (
                <Typography.Paragraph style={{ whiteSpace: "pre-line", marginBottom: 0 }}>
                  {build.release_notes}
                </Typography.Paragraph>
              ) : null}
              <BuildDownload build={build} />
              <BuildFeedback buildId={build.id} version={build.version} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
