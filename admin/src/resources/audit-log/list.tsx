// The audit log: every change the triggers recorded, newest first, filtered by table, record,
// the person who made it and a date range; each entry opens to its old → new values.
import type { AuditEntry } from "@db/schema/audit";
import { auditedTableOptions } from "@db/status/audit";
import { List, useTable } from "@refinedev/antd";
import { DatePicker, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { AuditTable } from "../../components/history/audit-table";
import { LoadError } from "../../components/list/load-error";
import { type AuditFilterValues, auditFilters, auditFilterValues } from "./filters";

export function AuditLogList() {
  const { tableProps, tableQuery, filters, setFilters } = useTable<AuditEntry>({
    resource: "audit_entries",
    syncWithLocation: true,
    sorters: { permanent: [{ field: "id", order: "desc" }] },
    pagination: { pageSize: 25 },
  });
  const values = auditFilterValues(filters);
  const apply = (change: Partial<AuditFilterValues>) =>
    setFilters(auditFilters({ ...values, ...change }), "replace");
  const range: [Dayjs | null, Dayjs | null] = [
    values.from ? dayjs(values.from) : null,
    values.to ? dayjs(values.to) : null,
  ];
  const isFiltered = Object.values(values).some(Boolean);

  return (
    <List title="Audit log">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label="Table"
          placeholder="Any table"
          value={values.table}
          options={auditedTableOptions}
          onChange={(table?: string) => apply({ table })}
          style={{ width: 200 }}
        />
        <Input.Search
          allowClear
          aria-label="Record id"
          placeholder="Record id"
          defaultValue={values.recordId}
          onSearch={(recordId) => apply({ recordId })}
          style={{ width: 300 }}
        />
        <Input.Search
          allowClear
          aria-label="Person"
          placeholder="Who made the change"
          defaultValue={values.actor}
          onSearch={(actor) => apply({ actor })}
          style={{ width: 220 }}
        />
        <DatePicker.RangePicker
          aria-label="Dates"
          allowEmpty={[true, true]}
          value={range}
          onChange={(dates) =>
            apply({
              from: dates?.[0]?.format("YYYY-MM-DD"),
              to: dates?.[1]?.format("YYYY-MM-DD"),
            })
          }
        />
      </Space>
      {tableQuery.isError ? (
        <LoadError what="the audit log" error={tableQuery.error} retry={tableQuery.refetch} />
      ) : (
        <AuditTable
          tableProps={tableProps}
          showsRecord
          emptyText={
            isFiltered ? "No changes match these filters." : "Nothing has been recorded yet."
          }
        />
      )}
    </List>
  );
}
