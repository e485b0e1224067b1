// Every saved version of a page, newest first, as the database recorded them. Read-only: a
// revision is history, changed only by saving the page again.
import type { PageRevision } from "@db/schema/pages";
import type { Profile } from "@db/schema/profiles";
import { pageStatusLabels } from "@db/status/pages";
import { DateField } from "@refinedev/antd";
import { Typography } from "antd";
import * as column from "../../components/list/columns";
import { RelatedTable } from "../../components/list/related-list";

type RevisionRow = PageRevision & { saved_by_profile: Pick<Profile, "full_name" | "email"> | null };

export function PageRevisions({ pageId }: { pageId: string }) {
  return (
    <RelatedTable<RevisionRow>
      resource="page_revisions"
      of={["page_id", pageId]}
      sort="revision.desc"
      select="*, saved_by_profile:profiles!saved_by(full_name, email)"
      limit={100}
      emptyText="No revisions yet."
      expandable={{
        expandedRowRender: (revision) => (
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {revision.body || "(empty body)"}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        column.text("revision", "Revision", { render: (n: number) => `#${n}` }),
        column.text("title", "Title"),
        column.status("status", pageStatusLabels),
        column.related(
          "Saved by",
          (revision) => revision.saved_by_profile?.full_name ?? revision.saved_by_profile?.email,
        ),
        column.text("saved_at", "Saved", {
          render: (value: string) => <DateField value={value} format="D MMM YYYY, HH:mm:ss" />,
        }),
      ]}
    />
  );
}
