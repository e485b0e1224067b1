// The audit log: every change the triggers recorded, newest first, filtered by table, record,
// the person who made it and a date range; each entry opens to its old → new values.
import type { AuditEntry } from "@db/schema/audit";
import { auditedTableOptions } from "@db/status/audit";
import { DatePicker, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { AuditTable } from "../../components/history/audit-table";
import { LogPage, useLogTable } from "../../components/history/log-page";
import { type AuditFilterValues, auditFilters, auditFilterValues } from "./filters";

/** The free-text boxes: each searches one filter value. */
const searches = [
  { key: "recordId", label: "Record id", placeholder: "Record id", width: 300 },
  { key: "actor", label: "Person", placeholder: "Who made the change", width: 220 },
] as const;

export default function AuditLogList() {
  const { tableProps, tableQuery, searchFormProps, filters, setFilters } = useLogTable<AuditEntry>(
    "audit_entries",
    "id",
  );
  const values = auditFilterValues(filters);
  const apply = (change: Partial<AuditFilterValues>) =>
    setFilters(auditFilters({ ...values, ...change }), "replace");
  const range: [Dayjs | null, Dayjs | null] = [
    values.from ? dayjs(values.from) : null,
    values.to ? dayjs(values.to) : null,
  ];
  const isFiltered = Object.values(values).some(Boolean);

  return (
    <LogPage
      searchForm={searchFormProps.form}
      title="Audit log"
      what="the audit log"
      query={tableQuery}
      filters={
        <>
          <Select
            allowClear
            aria-label="Table"
            placeholder="Any table"
            value={values.table}
            options={auditedTableOptions}
            onChange={(table?: string) => apply({ table })}
            style={{ width: 200 }}
          />
          {searches.map(({ key, label, placeholder, width }) => (
            <Input.Search
              key={key}
              allowClear
              aria-label={label}
              placeholder={placeholder}
              defaultValue={values[key]}
              onSearch={(text) => apply({ [key]: text })}
              style={{ width }}
            />
          ))}
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
        </>
      }
    >
      <AuditTable
        tableProps={tableProps}
        showsRecord
        emptyText={
          isFiltered ? "No changes match these filters." : "Nothing has been recorded yet."
        }
      />
    </LogPage>
  );
}
