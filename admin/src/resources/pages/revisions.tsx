// Every saved version of a page, newest first, as the database recorded them. Read-only: a
// revision is history, changed only by saving the page again.
import type { PageRevision, PageStatus } from "@db/schema/pages";
import type { Profile } from "@db/schema/profiles";
import { pageStatusLabels } from "@db/status/pages";
import { DateField } from "@refinedev/antd";
import { useList } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Table, Typography } from "antd";

type RevisionRow = PageRevision & { saved_by_profile: Pick<Profile, "full_name" | "email"> | null };

export function PageRevisions({ pageId }: { pageId: string }) {
  const { result, query } = useList<RevisionRow>({
    resource: "page_revisions",
    filters: [{ field: "page_id", operator: "eq", value: pageId }],
    sorters: [{ field: "revision", order: "desc" }],
    pagination: { pageSize: 100 },
    meta: { select: "*, saved_by_profile:profiles!saved_by(full_name, email)" },
  });

  return (
    <Table<RevisionRow>
      dataSource={result.data}
      loading={query.isLoading}
      rowKey="id"
      pagination={false}
      size="small"
      locale={{ emptyText: "No revisions yet." }}
      expandable={{
        expandedRowRender: (revision) => (
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {revision.body || "(empty body)"}
          </Typography.Paragraph>
        ),
      }}
    >
      <Table.Column<RevisionRow>
        dataIndex="revision"
        title="Revision"
        render={(n: number) => `#${n}`}
      />
      <Table.Column<RevisionRow> dataIndex="title" title="Title" />
      <Table.Column<RevisionRow>
        dataIndex="status"
        title="Status"
        render={(status: PageStatus) => <StatusTag look={pageStatusLabels[status]} />}
      />
      <Table.Column<RevisionRow>
        title="Saved by"
        render={(_, revision) =>
          revision.saved_by_profile?.full_name ??
          revision.saved_by_profile?.email ?? <Typography.Text type="secondary">—</Typography.Text>
        }
      />
      <Table.Column<RevisionRow>
        dataIndex="saved_at"
        title="Saved"
        render={(value: string) => <DateField value={value} format="D MMM YYYY, HH:mm:ss" />}
      />
    </Table>
  );
}
