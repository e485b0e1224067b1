// CMS pages with their address, status and last change; drafts are staff-only.
import type { Page, PageStatus } from "@db/schema/pages";
import { pageStatusLabels } from "@db/status/pages";
import { CreateButton, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { useNavigation } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Table } from "antd";
import { Link } from "react-router";
import { dateTimeCell } from "../../components/list/date-time";
import { RowActions } from "../../components/list/row-actions";

export default function PageList() {
  const { tableProps, sorters } = useTable<Page>({
    resource: "pages",
    syncWithLocation: true,
    sorters: { initial: [{ field: "updated_at", order: "desc" }] },
    pagination: { pageSize: 20 },
  });
  const { showUrl } = useNavigation();

  return (
    <List title="Pages" headerButtons={<CreateButton>New page</CreateButton>}>
      <Table {...tableProps} rowKey="id" locale={{ emptyText: "No pages yet." }}>
        <Table.Column<Page>
          dataIndex="title"
          title="Title"
          sorter
          defaultSortOrder={getDefaultSortOrder("title", sorters)}
          render={(title: string, page) => <Link to={showUrl("pages", page.id)}>{title}</Link>}
        />
        <Table.Column<Page> dataIndex="slug" title="Slug" render={(slug: string) => `/${slug}`} />
        <Table.Column<Page>
          dataIndex="status"
          title="Status"
          render={(status: PageStatus) => <StatusTag look={pageStatusLabels[status]} />}
        />
        <Table.Column<Page>
          dataIndex="updated_at"
          title="Updated"
          sorter
          defaultSortOrder={getDefaultSortOrder("updated_at", sorters)}
          render={dateTimeCell}
        />
        <Table.Column<Page> title="Actions" render={(_, page) => <RowActions id={page.id} />} />
      </Table>
    </List>
  );
}
