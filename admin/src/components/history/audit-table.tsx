// Audit entries as a table: when, who, what happened, which fields; each row opens to its
// old → new values. Shared by the audit log page and every record's History card.
import type { AuditEntry } from "@db/schema/audit";
import { auditActionLabels, auditedTableLabel } from "@db/status/audit";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Table, type TableProps, Typography } from "antd";
import { dateTimeCell } from "../list/date-time";
import { ChangeDiff } from "./change-diff";
import { changedSummary } from "./diff-rows";

/** Who did it: the person's name, else their address, else the system (a trigger or a job). */
export function actorOf(entry: Pick<AuditEntry, "actor_id" | "actor_name" | "actor_email">) {
  if (!entry.actor_id) {
    return <Typography.Text type="secondary">System</Typography.Text>;
  }
  return entry.actor_name ?? entry.actor_email ?? `Deleted person (${entry.actor_id})`;
}

interface AuditTableProps {
  tableProps: TableProps<AuditEntry>;
  /** The record column, on the log page; a History card is about one record already. */
  showsRecord?: boolean;
  emptyText: string;
}

export function AuditTable({ tableProps, showsRecord = false, emptyText }: AuditTableProps) {
  return (
    <Table<AuditEntry>
      {...tableProps}
      rowKey="id"
      size="small"
      locale={{ emptyText }}
      expandable={{
        expandedRowRender: (entry) => <ChangeDiff entry={entry} />,
        columnTitle: "Values",
      }}
    >
      <Table.Column<AuditEntry> dataIndex="at" title="When" render={dateTimeCell} />
      <Table.Column<AuditEntry> title="Who" render={(_, entry) => actorOf(entry)} />
      <Table.Column<AuditEntry>
        dataIndex="action"
        title="What"
        render={(action: AuditEntry["action"]) => <StatusTag look={auditActionLabels[action]} />}
      />
      {showsRecord ? (
        <Table.Column<AuditEntry>
          title="Record"
          render={(_, entry) => (
            <span>
              {auditedTableLabel(entry.table_name)}{" "}
              <Typography.Text type="secondary" copyable={{ text: entry.record_id }}>
                <code>{entry.record_id}</code>
              </Typography.Text>
            </span>
          )}
        />
      ) : null}
      <Table.Column<AuditEntry>
        title="Fields changed"
        render={(_, entry) => changedSummary(entry)}
      />
    </Table>
  );
}
