// Client companies, searchable by name, with their status and account manager.
import type { Company, CompanyStatus } from "@db/schema/companies";
import { companyStatusLabels, companyStatusOptions } from "@db/status/companies";
import { CreateButton, getDefaultSortOrder, List, useTable } from "@refinedev/antd";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Input, Select, Space, Table, Typography } from "antd";
import { filterValue, searchFilter, searchTextOf } from "../../components/list/filters";
import { RowActions } from "../../components/list/row-actions";

type CompanyRow = Company & { account_manager: { full_name: string } | null };

export default function CompanyList() {
  const { tableProps, sorters, filters, setFilters } = useTable<CompanyRow>({
    resource: "companies",
    syncWithLocation: true,
    sorters: { initial: [{ field: "name", order: "asc" }] },
    meta: { select: "*, account_manager:profiles!account_manager_id(full_name)" },
    pagination: { pageSize: 20 },
  });
  const status = filterValue(filters, "status") as CompanyStatus | undefined;
  const search = searchTextOf(filters);
  const apply = (name: string, nextStatus: CompanyStatus | undefined) =>
    setFilters(
      [
        ...searchFilter(["name"], name),
        ...(nextStatus ? [{ field: "status", operator: "eq" as const, value: nextStatus }] : []),
      ],
      "replace",
    );

  return (
    <List title="Companies" headerButtons={<CreateButton>New company</CreateButton>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label="Search companies"
          placeholder="Company name"
          defaultValue={search}
          onSearch={(text) => apply(text, status)}
          style={{ width: 260 }}
        />
        <Select<CompanyStatus>
          allowClear
          aria-label="Status"
          placeholder="Any status"
          value={status}
          options={companyStatusOptions}
          onChange={(value) => apply(search, value)}
          style={{ width: 160 }}
        />
      </Space>
      <Table {...tableProps} rowKey="id" locale={{ emptyText: "No companies match." }}>
        <Table.Column<CompanyRow>
          dataIndex="name"
          title="Name"
          sorter
          defaultSortOrder={getDefaultSortOrder("name", sorters)}
        />
        <Table.Column<CompanyRow>
          dataIndex="status"
          title="Status"
          render={(status: CompanyStatus) => <StatusTag look={companyStatusLabels[status]} />}
        />
        <Table.Column<CompanyRow> dataIndex="industry" title="Industry" />
        <Table.Column<CompanyRow>
          title="Account manager"
          render={(_, company) =>
            company.account_manager?.full_name ?? (
              <Typography.Text type="secondary">—</Typography.Text>
            )
          }
        />
        <Table.Column<CompanyRow>
          title="Actions"
          render={(_, company) => <RowActions id={company.id} />}
        />
      </Table>
    </List>
  );
}
