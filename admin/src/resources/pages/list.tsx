// CMS pages with their address, status and last change, most recently changed first; drafts are
// staff-only.
import type { Page } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import * as column from "../../components/list/columns";
import { ResourceList } from "../../components/list/resource-list";

export default function PageList() {
  return (
    <ResourceList<Page>
      createLabel="New page"
      sort="updated_at.desc"
      emptyText="No pages yet."
      columns={[
        column.link("title", "Title", "pages", { isSortable: true }),
        column.text("slug", "Slug", { render: (slug: string) => `/${slug}` }),
        column.status("status", pageStatusLabels),
        column.moment("updated_at", "Updated", { isSortable: true }),
        column.actions(),
      ]}
    />
  );
}
