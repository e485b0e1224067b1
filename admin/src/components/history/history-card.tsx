// A record's History: every audited change to it (who, when, old → new) and the emails sent
// about it from the outbox (what, to whom, whether it went, who caused it).
import type { AuditEntry } from "@db/schema/audit";
import type { OutboxEmail } from "@db/schema/email";
import type { AuditedTable } from "@db/status/audit";
import { Card, Tabs } from "antd";
import { useRelatedList } from "../list/related-list";
import { WhenLoaded } from "../list/when-loaded";
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

  return (
    <Card title="History" size="small">
      <Tabs
        items={[
          {
            key: "changes",
            label: `Changes (${changes.result.total ?? 0})`,
            children: (
              <WhenLoaded what="the changes" query={changes.query}>
                <AuditTable tableProps={tableProps(changes)} emptyText="No recorded changes." />
              </WhenLoaded>
            ),
          },
          {
            key: "emails",
            label: `Emails (${emails.result.total ?? 0})`,
            children: (
              <WhenLoaded what="the emails" query={emails.query}>
                <EmailTable
                  tableProps={tableProps(emails)}
                  emptyText="No emails about this record."
                />
              </WhenLoaded>
            ),
          },
        ]}
      />
    </Card>
  );
}
