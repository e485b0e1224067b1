// CMS pages with their address, status and last change, most recently changed first; drafts are
// staff-only.
import type { Page } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import * as column from "../../components/list/columns";
import { ResourceList } from "../../components/list/resource-list";
import { useAdminT } from "../../i18n";
import { useStatusWords } from "../../i18n/status-words";

export default function PageList() {
  const t = useAdminT();
  const { looks } = useStatusWords();
  return (
    <ResourceList<Page>
      createLabel={t("admin.pages.list.create")}
      sort="updated_at.desc"
      emptyText={t("admin.pages.list.empty")}
      columns={[
        column.link("title", t("admin.pages.list.title"), "pages", { isSortable: true }),
        column.text("slug", t("admin.pages.list.slug"), { render: (slug: string) => `/${slug}` }),
        column.status("status", looks("page", pageStatusLabels), t("admin.pages.list.status")),
        column.moment("updated_at", t("admin.pages.list.updated"), { isSortable: true }),
        column.actions(undefined, t("admin.pages.list.actions")),
      ]}
    />
  );
}
