// One CMS page: its details and body, publishing, and the history of its saved versions.
import type { Page } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import { EditButton } from "@refinedev/antd";
import { useT } from "@supabase-client/i18n/locale-context";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Card, Space } from "antd";
import { DateTime } from "../../components/list/date-time";
import { Details } from "../../components/show/details";
import { ShowPage } from "../../components/show/show-page";
import { LongText } from "../../components/show/values";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";
import { PreviewButton } from "./preview-button";
import { PublishButton } from "./publish-button";
import { PageRevisions } from "./revisions";

export default function PageShow() {
  const t = useAdminT();
  const shared = useT();
  const statusLooks = useStatusWords().looks("page", pageStatusLabels);
  return (
    <ShowPage<Page>
      title={(page) => page.title}
      untitled={t("admin.pages.show.untitled")}
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
              [t("admin.pages.list.slug"), `/${page.slug}`],
              [
                t("admin.pages.list.status"),
                <StatusTag key="status" look={statusLooks[page.status]} />,
              ],
              [
                t("admin.pages.show.published"),
                page.published_at && <DateTime key="published" value={page.published_at} />,
              ],
              [t("admin.pages.list.updated"), <DateTime key="updated" value={page.updated_at} />],
              [shared("fields.seoTitle"), page.seo_title],
              [shared("fields.seoDescription"), page.seo_description],
            ]}
          />
          <Card title={t("admin.pages.show.body")} size="small">
            <LongText value={page.body} />
          </Card>
          <Card title={t("admin.pages.show.revisions")} size="small">
            <PageRevisions pageId={page.id} />
          </Card>
        </>
      )}
    </ShowPage>
  );
}
