// Every email the outbox holds, newest first, filtered by status and template; a failed one can
// be retried. It asks again every few seconds (a view has no realtime feed), so a send, a failure
// or a retry shows without reloading.
import type { NotificationStatus, OutboxEmail } from "@db/schema/email";
import { outboxStatusOptions } from "@db/status/outbox";
import { type CrudFilter, useList } from "@refinedev/core";
import { Select } from "antd";
import { EmailTable } from "../../components/history/email-table";
import { LogPage, useLogTable } from "../../components/history/log-page";
import { filterValue } from "../../components/list/filters";
import { RetryButton } from "./retry-button";

export default function EmailOutboxList() {
  const { tableProps, tableQuery, searchFormProps, filters, setFilters } = useLogTable<OutboxEmail>(
    "outbox_emails",
    "created_at",
    5000,
  );
  const templates = useList<{ key: string }>({
    resource: "email_templates",
    meta: { select: "key" },
    filters: [{ field: "locale", operator: "eq", value: "en" }],
    sorters: [{ field: "key", order: "asc" }],
    pagination: { mode: "off" },
  });
  const status = filterValue(filters, "status") as NotificationStatus | undefined;
  const template = filterValue(filters, "template_key") as string | undefined;
  const apply = (next: { status?: NotificationStatus; template?: string }) => {
    const chosen: CrudFilter[] = [];
    if (next.status) {
      chosen.push({ field: "status", operator: "eq", value: next.status });
    }
    if (next.template) {
      chosen.push({ field: "template_key", operator: "eq", value: next.template });
    }
    setFilters(chosen, "replace");
  };
  const isFiltered = Boolean(status || template);

  return (
    <LogPage
      searchForm={searchFormProps.form}
      title="Email outbox"
      what="the outbox"
      query={tableQuery}
      filters={
        <>
          <Select<NotificationStatus>
            allowClear
            aria-label="Status"
            placeholder="Any status"
            value={status}
            options={outboxStatusOptions}
            onChange={(value) => apply({ status: value, template })}
            style={{ width: 160 }}
          />
          <Select<string>
            allowClear
            showSearch
            aria-label="Template"
            placeholder="Any template"
            value={template}
            loading={templates.query.isLoading}
            options={templates.result.data.map((row) => ({ value: row.key, label: row.key }))}
            onChange={(value) => apply({ status, template: value })}
            style={{ width: 260 }}
          />
        </>
      }
    >
      <EmailTable
        tableProps={tableProps}
        isDetailed
        emptyText={isFiltered ? "No emails match these filters." : "No email has been queued yet."}
        actions={(email) => <RetryButton email={email} />}
      />
    </LogPage>
  );
}
