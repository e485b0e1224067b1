// One beta product and its published builds, each with the client's feedback on it.

import { useFormat, useT } from "@supabase-client/i18n/locale-context";
import { Card, Empty, List, Tag, Typography } from "antd";
import { BuildDownload } from "./build-download";
import { BuildFeedback } from "./build-feedback";
import type { ProductBuilds } from "./group-builds";

export function ProductBuildsCard({ product, builds }: ProductBuilds) {
  const t = useT();
  const format = useFormat();
  return (
    <Card title={product.name}>
      {product.description ? (
        <Typography.Paragraph type="secondary">{product.description}</Typography.Paragraph>
      ) : null}
      {builds.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("portal.beta.noBuild")} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={builds}
          renderItem={(build) => (
            <List.Item key={build.id}>
              <List.Item.Meta
                title={
                  <Tag color="blue">{t("portal.beta.version", { version: build.version })}</Tag>
                }
                description={
                  build.published_at
                    ? t("portal.beta.published", { date: format.date(build.published_at) })
                    : t("portal.beta.draft")
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
