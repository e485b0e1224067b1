// One CMS page: its details and body, publishing, and the history of its saved versions.
import type { Page } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import { EditButton } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Space } from "antd";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { LongText } from "../../components/show/values";
import { PreviewButton } from "./preview-button";
import { PublishButton } from "./publish-button";
import { PageRevisions } from "./revisions";

export default function PageShow() {
  return (
    <ShowPage<Page>
      title={(page) => page.title}
      untitled="Page"
      headerButtons={(page) => (
        <Space>
          <PreviewButton pageId={page.id} />
          <PublishButton page={page} />
          <EditButton recordItemId={page.id} />
        </Space>
      )}
    >
      {(page) => (
        <>
          <Details
            isWide
            items={[
              ["Slug", `/${page.slug}`],
              ["Status", <StatusTag key="status" look={pageStatusLabels[page.status]} />],
              [
                "Published",
                page.published_at && <DateTime key="published" value={page.published_at} />,
              ],
              ["Updated", <DateTime key="updated" value={page.updated_at} />],
              ["SEO title", page.seo_title],
              ["SEO description", page.seo_description],
            ]}
          />
          <Card title="Body" size="small">
            <LongText value={page.body} />
          </Card>
          <Card title="Revisions" size="small">
            <PageRevisions pageId={page.id} />
          </Card>
        </>
      )}
    </ShowPage>
  );
}
