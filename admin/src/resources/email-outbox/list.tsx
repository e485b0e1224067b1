// Every email the outbox holds, newest first, filtered by status and template; a failed one can
// be retried. It asks again every few seconds (a view has no realtime feed), so a send, a failure
// or a retry shows without reloading.
import { type NotificationStatus, notificationStatuses, type OutboxEmail } from "@db/schema/email";
import { type CrudFilter, useList } from "@refinedev/core";
import { Select } from "antd";
import { EmailTable } from "../../components/history/email-table";
import { LogPage, useLogTable } from "../../components/history/log-page";
import { filterValue } from "../../components/list/filters";
import { useAdminT } from "../../i18n";
import { RetryButton } from "./retry-button";

export default function EmailOutboxList() {
  const t = useAdminT();
  const statusOptions = notificationStatuses.map((value) => ({
    value,
    label: t(`admin.emailOutbox.status.${value}`),
  }));
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
      title={t("admin.emailOutbox.list.title")}
      what={t("admin.emailOutbox.list.what")}
      query={tableQuery}
      filters={
        <>
          <Select<NotificationStatus>
            allowClear
            aria-label={t("admin.emailOutbox.list.statusLabel")}
            placeholder={t("admin.emailOutbox.list.anyStatus")}
            value={status}
            options={statusOptions}
            onChange={(value) => apply({ status: value, template })}
            style={{ width: 160 }}
          />
          <Select<string>
            allowClear
            showSearch
            aria-label={t("admin.emailOutbox.list.template")}
            placeholder={t("admin.emailOutbox.list.anyTemplate")}
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
        emptyText={t(
          isFiltered ? "admin.emailOutbox.list.noMatch" : "admin.emailOutbox.list.empty",
        )}
        actions={(email) => <RetryButton email={email} />}
      />
    </LogPage>
  );
}
