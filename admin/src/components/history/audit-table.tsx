// Audit entries as a table: when, who, what happened, which fields; each row opens to its
// old → new values. Shared by the audit log page and every record's History card.
import type { AuditEntry } from "@db/schema/audit";
import { type AuditedTable, auditActionLabels, auditedTableLabels } from "@db/status/audit";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Table, type TableProps, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { dateTimeCell } from "../list/date-time";
import { ChangeDiff } from "./change-diff";
import { changedSummary } from "./diff-rows";

/** Who did it: the person's name, else their address, else the system (a trigger or a job). */
export function Actor({
  entry,
}: {
  entry: Pick<AuditEntry, "actor_id" | "actor_name" | "actor_email">;
}) {
  const t = useAdminT();
  if (!entry.actor_id) {
    return (
      <Typography.Text type="secondary">{t("admin.components.history.system")}</Typography.Text>
    );
  }
  return (
    entry.actor_name ??
    entry.actor_email ??
    t("admin.components.history.deletedPerson", { id: entry.actor_id })
  );
}

interface AuditTableProps {
  tableProps: TableProps<AuditEntry>;
  /** The record column, on the log page; a History card is about one record already. */
  showsRecord?: boolean;
  emptyText: string;
}

export function AuditTable({ tableProps, showsRecord = false, emptyText }: AuditTableProps) {
  const t = useAdminT();
  return (
    <Table<AuditEntry>
      {...tableProps}
      rowKey="id"
      size="small"
      locale={{ emptyText }}
      expandable={{
        expandedRowRender: (entry) => <ChangeDiff entry={entry} />,
        columnTitle: t("admin.components.history.values"),
      }}
    >
      <Table.Column<AuditEntry>
        dataIndex="at"
        title={t("admin.components.history.when")}
        render={dateTimeCell}
      />
      <Table.Column<AuditEntry>
        title={t("admin.components.history.who")}
        render={(_, entry) => <Actor entry={entry} />}
      />
      <Table.Column<AuditEntry>
        dataIndex="action"
        title={t("admin.components.history.what")}
        render={(action: AuditEntry["action"]) => (
          <StatusTag
            look={{
              ...auditActionLabels[action],
              label: t(`admin.components.history.action.${action}`),
            }}
          />
        )}
      />
      {showsRecord ? (
        <Table.Column<AuditEntry>
          title={t("admin.components.history.record")}
          render={(_, entry) => (
            <span>
              {entry.table_name in auditedTableLabels
                ? t(`admin.auditLog.tables.${entry.table_name as AuditedTable}`)
                : entry.table_name}{" "}
              <Typography.Text type="secondary" copyable={{ text: entry.record_id }}>
                <code>{entry.record_id}</code>
              </Typography.Text>
            </span>
          )}
        />
      ) : null}
      <Table.Column<AuditEntry>
        title={t("admin.components.history.fieldsChanged")}
        render={(_, entry) => changedSummary(entry)}
      />
    </Table>
  );
}
