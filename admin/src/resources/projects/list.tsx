// Every client project, soonest due first, filterable by status and searchable by name; the URL
// keeps page, filter and search so a view can be shared.
import type { ProjectStatus } from "@db/schema/projects";
import { projectStatusLabels, projectStatusOptions } from "@db/status/projects";
import {
  DateField,
  EditButton,
  getDefaultSortOrder,
  List,
  ShowButton,
  useTable,
} from "@refinedev/antd";
import type { CrudFilter } from "@refinedev/core";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Empty, Input, Progress, Select, Space, Table, Typography } from "antd";
import { dateTimeCell } from "../../components/list/date-time";
import { filterValue, searchFilter, searchTextOf } from "../../components/list/filters";
import { type ProjectRow, projectRowSelect } from "./project-row";

function statusFilter(status: ProjectStatus | undefined): CrudFilter[] {
  return status ? [{ field: "status", operator: "eq", value: status }] : [];
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function ProjectList() {
  const { tableProps, sorters, filters, setFilters } = useTable<ProjectRow>({
    syncWithLocation: true,
    sorters: { initial: [{ field: "due_date", order: "asc" }] },
    pagination: { pageSize: 20 },
    meta: { select: projectRowSelect },
  });
  const status = filterValue(filters, "status") as ProjectStatus | undefined;
  const search = searchTextOf(filters);
  const isFiltered = Boolean(status || search);

  return (
    <List title="Projects">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label="Filter by status"
          placeholder="Any status"
          value={status}
          options={projectStatusOptions}
          onChange={(value: ProjectStatus | undefined) =>
            setFilters([...statusFilter(value), ...searchFilter(["name"], search)], "replace")
          }
          style={{ width: 180 }}
        />
        <Input.Search
          allowClear
          aria-label="Search projects"
          placeholder="Project name"
          defaultValue={search}
          onSearch={(text) =>
            setFilters([...statusFilter(status), ...searchFilter(["name"], text)], "replace")
          }
          style={{ width: 280 }}
        />
      </Space>
      <Table
        {...tableProps}
        rowKey="id"
        locale={{
          emptyText: (
            <Empty
              description={
                isFiltered ? "No project matches these filters." : "No projects yet: create one."
              }
            />
          ),
        }}
      >
        <Table.Column<ProjectRow> dataIndex="name" title="Project" sorter />
        <Table.Column<ProjectRow>
          title="Company"
          render={(_, record) => record.company?.name ?? dash}
        />
        <Table.Column<ProjectRow>
          dataIndex="status"
          title="Status"
          render={(value: ProjectStatus) => <StatusTag look={projectStatusLabels[value]} />}
        />
        <Table.Column<ProjectRow>
          dataIndex="progress"
          title="Progress"
          render={(value: number, project) => (
            <Progress aria-label={`${project.name} progress`} percent={value} size="small" />
          )}
          width={160}
        />
        <Table.Column<ProjectRow>
          dataIndex="due_date"
          title="Due"
          sorter
          defaultSortOrder={getDefaultSortOrder("due_date", sorters)}
          render={(value: string | null) =>
            value ? <DateField value={value} format="D MMM YYYY" /> : dash
          }
        />
        <Table.Column<ProjectRow>
          title="Account manager"
          render={(_, record) => record.account_manager?.full_name ?? dash}
        />
        <Table.Column<ProjectRow>
          dataIndex="updated_at"
          title="Updated"
          sorter
          defaultSortOrder={getDefaultSortOrder("updated_at", sorters)}
          render={dateTimeCell}
        />
        <Table.Column<ProjectRow>
          title="Actions"
          render={(_, record) => (
            <Space>
              <ShowButton size="small" recordItemId={record.id} />
              <EditButton size="small" recordItemId={record.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
