// One CMS page: its details and body, publishing, and the history of its saved versions.
import type { Page } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import { EditButton, Show } from "@refinedev/antd";
import { useShow } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Descriptions, Space, Typography } from "antd";
import { backIcon } from "../../components/layout/back-icon";
import { DateTime } from "../../components/list/date-time";
import { PublishButton } from "./publish-button";
import { PageRevisions } from "./revisions";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function PageShow() {
  const { result: page, query } = useShow<Page>({ resource: "pages" });

  return (
    <Show
      goBack={backIcon}
      isLoading={query.isLoading}
      title={page?.title ?? "Page"}
      canDelete={false}
      headerButtons={
        page ? (
          <Space>
            <PublishButton page={page} />
            <EditButton recordItemId={page.id} />
          </Space>
        ) : null
      }
    >
      {page ? (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
            <Descriptions.Item label="Slug">/{page.slug}</Descriptions.Item>
            <Descriptions.Item label="Status">
              <StatusTag look={pageStatusLabels[page.status]} />
            </Descriptions.Item>
            <Descriptions.Item label="Published">
              {page.published_at ? <DateTime value={page.published_at} /> : dash}
            </Descriptions.Item>
            <Descriptions.Item label="Updated">
              <DateTime value={page.updated_at} />
            </Descriptions.Item>
            <Descriptions.Item label="SEO title">{page.seo_title ?? dash}</Descriptions.Item>
            <Descriptions.Item label="SEO description">
              {page.seo_description ?? dash}
            </Descriptions.Item>
          </Descriptions>
          <Card title="Body" size="small">
            {page.body ? (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {page.body}
              </Typography.Paragraph>
            ) : (
              dash
            )}
          </Card>
          <Card title="Revisions" size="small">
            <PageRevisions pageId={page.id} />
          </Card>
        </Space>
      ) : null}
    </Show>
  );
}
