// The audit log: every change the triggers recorded, newest first, filtered by table, record,
// the person who made it and a date range; each entry opens to its old → new values.
import type { AuditEntry } from "@db/schema/audit";
import { type AuditedTable, auditedTableLabels } from "@db/status/audit";
import { DatePicker, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { AuditTable } from "../../components/history/audit-table";
import { LogPage, useLogTable } from "../../components/history/log-page";
import { useAdminT } from "../../i18n";
import { type AuditFilterValues, auditFilters, auditFilterValues } from "./filters";

/** The free-text boxes: each searches one filter value. */
const searches = [
  { key: "recordId", label: "recordId", placeholder: "recordId", width: 300 },
  { key: "actor", label: "person", placeholder: "whoChanged", width: 220 },
] as const;

export default function AuditLogList() {
  const t = useAdminT();
  const tableOptions = Object.keys(auditedTableLabels).map((value) => ({
    value,
    label: t(`admin.auditLog.tables.${value as AuditedTable}`),
  }));
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
      title={t("admin.auditLog.list.title")}
      what={t("admin.auditLog.list.what")}
      query={tableQuery}
      filters={
        <>
          <Select
            allowClear
            aria-label={t("admin.auditLog.list.table")}
            placeholder={t("admin.auditLog.list.anyTable")}
            value={values.table}
            options={tableOptions}
            onChange={(table?: string) => apply({ table })}
            style={{ width: 200 }}
          />
          {searches.map(({ key, label, placeholder, width }) => (
            <Input.Search
              key={key}
              allowClear
              aria-label={t(`admin.auditLog.list.${label}`)}
              placeholder={t(`admin.auditLog.list.${placeholder}`)}
              defaultValue={values[key]}
              onSearch={(text) => apply({ [key]: text })}
              style={{ width }}
            />
          ))}
          <DatePicker.RangePicker
            aria-label={t("admin.auditLog.list.dates")}
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
        emptyText={t(isFiltered ? "admin.auditLog.list.noMatch" : "admin.auditLog.list.empty")}
      />
    </LogPage>
  );
}
