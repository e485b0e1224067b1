// Every saved version of a page, newest first, as the database recorded them. Read-only: a
// revision is history, changed only by saving the page again.
import type { PageRevision } from "@db/schema/pages";
import type { Profile } from "@db/schema/profiles";
import { pageStatusLabels } from "@db/status/pages";
import { useFormat, useLocale } from "@supabase-client/i18n/locale-context";
import { Typography } from "antd";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";

type RevisionRow = PageRevision & { saved_by_profile: Pick<Profile, "full_name" | "email"> | null };

export function PageRevisions({ pageId }: { pageId: string }) {
  const t = useAdminT();
  const { looks } = useStatusWords();
  const { locale } = useLocale();
  const format = useFormat();
  // To the second: two saves a moment apart must read apart.
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "medium", hourCycle: "h23" });
  return (
    <RelatedTable<RevisionRow>
      query={{
        resource: "page_revisions",
        of: ["page_id", pageId],
        sort: "revision.desc",
        select: "*, saved_by_profile:profiles!saved_by(full_name, email)",
        limit: 100,
      }}
      emptyText={t("admin.pages.revisions.empty")}
      expandable={{
        expandedRowRender: (revision) => (
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {revision.body || t("admin.pages.revisions.emptyBody")}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        column.text("revision", t("admin.pages.revisions.revision"), {
          render: (n: number) => `#${n}`,
        }),
        column.text("title", t("admin.pages.list.title")),
        column.status("status", looks("page", pageStatusLabels), t("admin.pages.list.status")),
        column.related(
          t("admin.pages.revisions.savedBy"),
          (revision) => revision.saved_by_profile?.full_name ?? revision.saved_by_profile?.email,
        ),
        column.text("saved_at", t("admin.pages.revisions.saved"), {
          render: (value: string) => `${format.date(value)}, ${time.format(new Date(value))}`,
        }),
      ]}
    />
  );
}
