// A record's History: every audited change to it (who, when, old → new) and the emails sent
// about it from the outbox (what, to whom, whether it went, who caused it).
import type { AuditEntry } from "@db/schema/audit";
import type { OutboxEmail } from "@db/schema/email";
import type { AuditedTable } from "@db/status/audit";
import { useList } from "@refinedev/core";
import { Card, Tabs } from "antd";
import { LoadError } from "../list/load-error";
import { AuditTable } from "./audit-table";
import { EmailTable } from "./email-table";

export interface HistorySubject {
  table: AuditedTable;
  id: string;
  /** The outbox_emails column that names this kind of record. */
  emailsBy: "request_id" | "project_id" | "company_id";
}

const PAGE = 50;

export function HistoryCard({ subject }: { subject: HistorySubject }) {
  const changes = useList<AuditEntry>({
    resource: "audit_entries",
    filters: [
      { field: "table_name", operator: "eq", value: subject.table },
      { field: "record_id", operator: "eq", value: subject.id },
    ],
    sorters: [{ field: "id", order: "desc" }],
    pagination: { pageSize: PAGE },
  });
  const emails = useList<OutboxEmail>({
    resource: "outbox_emails",
    filters: [{ field: subject.emailsBy, operator: "eq", value: subject.id }],
    sorters: [{ field: "created_at", order: "desc" }],
    pagination: { pageSize: PAGE },
  });
  const changeCount = changes.result.total ?? 0;
  const emailCount = emails.result.total ?? 0;

  return (
    <Card title="History" size="small">
      <Tabs
        items={[
          {
            key: "changes",
            label: `Changes (${changeCount})`,
            children: changes.query.isError ? (
              <LoadError
                what="the changes"
                error={changes.query.error}
                retry={changes.query.refetch}
              />
            ) : (
              <AuditTable
                tableProps={{
                  dataSource: changes.result.data,
                  loading: changes.query.isLoading,
                  pagination: false,
                }}
                emptyText="No recorded changes."
              />
            ),
          },
          {
            key: "emails",
            label: `Emails (${emailCount})`,
            children: emails.query.isError ? (
              <LoadError
                what="the emails"
                error={emails.query.error}
                retry={emails.query.refetch}
              />
            ) : (
              <EmailTable
                tableProps={{
                  dataSource: emails.result.data,
                  loading: emails.query.isLoading,
                  pagination: false,
                }}
                emptyText="No emails about this record."
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
