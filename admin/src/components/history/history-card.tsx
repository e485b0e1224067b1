// A record's History: every audited change to it (who, when, old → new) and the emails sent
// about it from the outbox (what, to whom, whether it went, who caused it).
import type { AuditEntry } from "@db/schema/audit";
import type { OutboxEmail } from "@db/schema/email";
import type { AuditedTable } from "@db/status/audit";
import { Card, type TableProps, Tabs } from "antd";
import type { ComponentType } from "react";
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

interface HistoryRead<T> {
  result: { data: T[]; total?: number | undefined };
  query: WhenLoadedProps["query"] & { isLoading: boolean };
}

/** The words of one tab: its label with the count, what it reads, and its empty text. */
interface TabWords {
  label: (count: number) => string;
  what: string;
  empty: string;
}

/**
 * One tab: its count in the label, its table once the read is back (or why it is not), the rows
 * all on one page, the newest {@link PAGE}.
 */
function historyTab<T>(
  key: string,
  { result, query }: HistoryRead<T>,
  Table: ComponentType<{ tableProps: TableProps<T>; emptyText: string }>,
  words: TabWords,
) {
  const tableProps = {
    dataSource: result.data,
    loading: query.isLoading,
    pagination: false as const,
  };
  return {
    key,
    label: words.label(result.total ?? 0),
    children: (
      <WhenLoaded what={words.what} query={query}>
        <Table tableProps={tableProps} emptyText={words.empty} />
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
          historyTab("changes", changes, AuditTable, {
            label: (count) => t("admin.components.history.changes", { count }),
            what: t("admin.components.history.theChanges"),
            empty: t("admin.components.history.noChanges"),
          }),
          historyTab("emails", emails, EmailTable, {
            label: (count) => t("admin.components.history.emails", { count }),
            what: t("admin.components.history.theEmails"),
            empty: t("admin.components.history.noEmails"),
          }),
        ]}
      />
    </Card>
  );
}
