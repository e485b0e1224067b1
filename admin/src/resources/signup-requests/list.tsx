// The team's queue: requests to review first, newest submissions first, searchable by company,
// name or email. Tabs switch status; the URL keeps page, tab and search so a link can be shared.
import type { SignupRequest } from "@db/schema/signup-requests";
import { signupStatusLabels } from "@db/status/signup-requests";
import { getDefaultSortOrder, List, ShowButton, useTable } from "@refinedev/antd";
import type { CrudFilter } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Input, Segmented, Space, Table } from "antd";
import { dateTimeCell } from "../../components/list/date-time";
import { filterValue, searchFilter, searchTextOf } from "../../components/list/filters";
import { NewItemsNotice } from "../../components/live/new-items-notice";
import { usePendingChanges } from "../../components/live/use-pending-changes";
import { belongsToQueue } from "./queue-scope";
import { statusTabs } from "./review";

type Tab = (typeof statusTabs)[number]["key"];

const searchFields = ["company_name", "full_name", "email"];

function statusFilter(tab: Tab): CrudFilter[] {
  return tab === "all" ? [] : [{ field: "status", operator: "eq", value: tab }];
}

export function SignupRequestList() {
  const { tableProps, tableQuery, sorters, filters, setFilters } = useTable<SignupRequest>({
    syncWithLocation: true,
    sorters: { initial: [{ field: "submitted_at", order: "desc" }] },
    filters: { initial: statusFilter("confirmed") },
    pagination: { pageSize: 20 },
  });
  const tab: Tab = (filterValue(filters, "status") as Tab | undefined) ?? "all";
  const searchText = searchTextOf(filters);
  // New requests wait behind a notice: refreshing the table would move rows under the cursor.
  const { pending, clear } = usePendingChanges({
    resource: "signup_requests",
    isShown: (id) => (tableProps.dataSource ?? []).some((row) => row.id === id),
    belongs: (record) => belongsToQueue(record, tab, searchText),
    scope: `${tab}:${searchText}`,
  });

  return (
    <List title="Sign-up requests">
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={tab}
          options={statusTabs.map(({ key, label }) => ({ value: key, label }))}
          onChange={(value) =>
            setFilters(
              [...statusFilter(value as Tab), ...searchFilter(searchFields, searchText)],
              "replace",
            )
          }
        />
        <Input.Search
          allowClear
          placeholder="Company, name or email"
          defaultValue={searchText}
          aria-label="Search requests"
          onSearch={(text) =>
            setFilters([...statusFilter(tab), ...searchFilter(searchFields, text)], "replace")
          }
          style={{ width: 280 }}
        />
      </Space>
      <NewItemsNotice
        pending={pending}
        one="request"
        many="requests"
        onShow={() => {
          clear();
          void tableQuery.refetch();
        }}
      />
      <Table
        {...tableProps}
        rowKey="id"
        locale={{
          emptyText: tab === "confirmed" ? "Nothing to review. Well done." : "No requests here.",
        }}
      >
        <Table.Column<SignupRequest>
          dataIndex="submitted_at"
          title="Submitted"
          sorter
          defaultSortOrder={getDefaultSortOrder("submitted_at", sorters)}
          render={dateTimeCell}
        />
        <Table.Column<SignupRequest> dataIndex="company_name" title="Company" sorter />
        <Table.Column<SignupRequest> dataIndex="full_name" title="Name" />
        <Table.Column<SignupRequest> dataIndex="email" title="Email" />
        <Table.Column<SignupRequest>
          dataIndex="status"
          title="Status"
          render={(value: SignupRequest["status"]) => (
            <StatusTag look={signupStatusLabels[value]} />
          )}
        />
        <Table.Column<SignupRequest>
          title="Actions"
          render={(_, record) => <ShowButton hideText size="small" recordItemId={record.id} />}
        />
      </Table>
    </List>
  );
}
