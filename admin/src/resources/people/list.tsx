// Everyone who can sign in, newest first, filterable by role and searchable by name or email;
// the URL keeps filters and page so a view can be shared.
import type { AppRole } from "@db/schema/profiles";
import { DateField, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Input, Select, Space, Table, Typography } from "antd";
import { RowActions } from "../../components/list/row-actions";
import { type PersonRow, personRowSelect } from "./person-row";
import { roleLabels, roleOptions } from "./roles";
import { currentPeopleFilters, peopleFilters } from "./search";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function PeopleList() {
  const { tableProps, sorters, filters, setFilters } = useTable<PersonRow>({
    resource: "profiles",
    syncWithLocation: true,
    sorters: { initial: [{ field: "created_at", order: "desc" }] },
    meta: { select: personRowSelect },
    pagination: { pageSize: 20 },
  });
  const { role, search } = currentPeopleFilters(filters);

  return (
    <List title="People">
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label="Search people"
          placeholder="Name or email"
          defaultValue={search}
          onSearch={(text) => setFilters(peopleFilters(role, text), "replace")}
          style={{ width: 280 }}
        />
        <Select<AppRole>
          allowClear
          aria-label="Filter by role"
          placeholder="Any role"
          value={role}
          options={roleOptions}
          onChange={(value) => setFilters(peopleFilters(value, search), "replace")}
          style={{ width: 160 }}
        />
      </Space>
      <Table {...tableProps} rowKey="id" locale={{ emptyText: "Nobody matches." }}>
        <Table.Column<PersonRow>
          dataIndex="full_name"
          title="Name"
          sorter
          defaultSortOrder={getDefaultSortOrder("full_name", sorters)}
          render={(name: string | null) => name ?? dash}
        />
        <Table.Column<PersonRow> dataIndex="email" title="Email" sorter />
        <Table.Column<PersonRow>
          dataIndex="role"
          title="Role"
          render={(value: AppRole) => <StatusTag look={roleLabels[value]} />}
        />
        <Table.Column<PersonRow>
          title="Company"
          render={(_, person) => person.company?.name ?? dash}
        />
        <Table.Column<PersonRow>
          dataIndex="created_at"
          title="Joined"
          sorter
          defaultSortOrder={getDefaultSortOrder("created_at", sorters)}
          render={(value: string) => <DateField value={value} format="D MMM YYYY" />}
        />
        <Table.Column<PersonRow>
          title="Actions"
          render={(_, person) => <RowActions id={person.id} />}
        />
      </Table>
    </List>
  );
}
