// A record's History: every audited change to it (who, when, old → new) and the emails sent
// about it from the outbox (what, to whom, whether it went, who caused it).
import type { AuditEntry } from "@db/schema/audit";
import type { OutboxEmail } from "@db/schema/email";
import type { AuditedTable } from "@db/status/audit";
import { Card, Tabs } from "antd";
import type { ReactNode } from "react";
import { useAdminT } from "../../i18n";
import { useRelatedList } from "../list/related-list";
import { WhenLoaded, type WhenLoadedProps } from "../list/when-loaded";
import { AuditTable } from "./audit-table";
import { EmailTable } from "./email-table";

export interface HistorySubject {
  table: AuditedTable;
  id: string;
  /** The outbox_emails column that names this kind of record. */
  emailsBy: "request_id" | "project_id" | "company_id";
}

const PAGE = 50;

/** A read's rows as the history tables take them: all on one page, the newest {@link PAGE}. */
function tableProps<T>({
  result,
  query,
}: {
  result: { data: T[] };
  query: { isLoading: boolean };
}) {
  return { dataSource: result.data, loading: query.isLoading, pagination: false as const };
}

/** One tab: its count in the label, its table once the read is back (or why it is not). */
function historyTab(
  key: string,
  read: { query: WhenLoadedProps["query"] },
  { label, what, table }: { label: string; what: string; table: ReactNode },
) {
  return {
    key,
    label,
    children: (
      <WhenLoaded what={what} query={read.query}>
        {table}
      </WhenLoaded>
    ),
  };
}

export function HistoryCard({ subject }: { subject: HistorySubject }) {
  const changes = useRelatedList<AuditEntry>({
    resource: "audit_entries",
    of: ["record_id", subject.id],
    where: [{ field: "table_name", operator: "eq", value: subject.table }],
    sort: "id.desc",
    limit: PAGE,
  });
  const emails = useRelatedList<OutboxEmail>({
    resource: "outbox_emails",
    of: [subject.emailsBy, subject.id],
    sort: "created_at.desc",
    limit: PAGE,
  });
  const t = useAdminT();

  return (
    <Card title={t("admin.components.history.title")} size="small">
      <Tabs
        items={[
          historyTab("changes", changes, {
            label: t("admin.components.history.changes", { count: changes.result.total ?? 0 }),
            what: t("admin.components.history.theChanges"),
            table: (
              <AuditTable
                tableProps={tableProps(changes)}
                emptyText={t("admin.components.history.noChanges")}
              />
            ),
          }),
          historyTab("emails", emails, {
            label: t("admin.components.history.emails", { count: emails.result.total ?? 0 }),
            what: t("admin.components.history.theEmails"),
            table: (
              <EmailTable
                tableProps={tableProps(emails)}
                emptyText={t("admin.components.history.noEmails")}
              />
            ),
          }),
        ]}
      />
    </Card>
  );
}
