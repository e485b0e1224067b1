// Outbox emails as a table (to, template, status, attempts, error, provider id, times, who
// caused it), shared by the email outbox page and every record's History card.
import type { OutboxEmail } from "@db/schema/email";
import { deliveryStatusLabels, outboxStatusLabels } from "@db/status/outbox";
import { StatusTag } from "@supabase-client/ui/status-tag";
import { Space, Table, type TableProps, Typography } from "antd";
import type { ReactNode } from "react";
import { useAdminT } from "../../i18n";
import { dateTimeCell } from "../list/date-time";

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const optionalTime = (value: string | null) => (value ? dateTimeCell(value) : dash);

interface EmailTableProps {
  tableProps: TableProps<OutboxEmail>;
  emptyText: string;
  /** A last column, e.g. the Retry button. */
  actions?: (email: OutboxEmail) => ReactNode;
  /** The long columns (error, provider id, next attempt) of the outbox page. */
  isDetailed?: boolean;
}

export function EmailTable({
  tableProps,
  emptyText,
  actions,
  isDetailed = false,
}: EmailTableProps) {
  const t = useAdminT();
  return (
    <Table<OutboxEmail>
      {...tableProps}
      rowKey="id"
      size="small"
      locale={{ emptyText }}
      scroll={{ x: true }}
    >
      <Table.Column<OutboxEmail>
        dataIndex="created_at"
        title={t("admin.components.history.queued")}
        render={dateTimeCell}
      />
      <Table.Column<OutboxEmail>
        title={t("admin.components.history.to")}
        render={(_, email) => (
          <Space direction="vertical" size={0}>
            <span>{email.recipient_email}</span>
            {email.recipient_name ? (
              <Typography.Text type="secondary">{email.recipient_name}</Typography.Text>
            ) : null}
          </Space>
        )}
      />
      <Table.Column<OutboxEmail>
        dataIndex="template_key"
        title={t("admin.components.history.template")}
        render={(key: string, email) => (
          <span>
            <code>{key}</code> <Typography.Text type="secondary">({email.locale})</Typography.Text>
          </span>
        )}
      />
      <Table.Column<OutboxEmail>
        title={t("admin.components.list.status")}
        render={(_, email) => (
          <span>
            <StatusTag
              look={{
                ...outboxStatusLabels[email.status],
                label: t(`admin.emailOutbox.status.${email.status}`),
              }}
            />
            {email.delivery_status ? (
              <StatusTag
                look={{
                  ...deliveryStatusLabels[email.delivery_status],
                  label: t(`admin.components.history.delivery.${email.delivery_status}`),
                }}
              />
            ) : null}
          </span>
        )}
      />
      <Table.Column<OutboxEmail>
        dataIndex="attempts"
        title={t("admin.components.history.attempts")}
      />
      <Table.Column<OutboxEmail>
        title={t("admin.components.history.sentBy")}
        render={(_, email) =>
          email.queued_by ? (
            (email.queued_by_name ?? email.queued_by)
          ) : (
            <Typography.Text type="secondary">
              {t("admin.components.history.system")}
            </Typography.Text>
          )
        }
      />
      {isDetailed ? (
        <Table.Column<OutboxEmail>
          dataIndex="last_error"
          title={t("admin.components.history.lastError")}
          render={(error: string | null) =>
            error ? (
              <Typography.Paragraph
                type="danger"
                style={{ margin: 0, maxWidth: 320 }}
                ellipsis={{ rows: 2, expandable: true, symbol: "more" }}
              >
                {error}
              </Typography.Paragraph>
            ) : (
              dash
            )
          }
        />
      ) : null}
      {isDetailed ? (
        <Table.Column<OutboxEmail>
          dataIndex="provider_message_id"
          title={t("admin.components.history.providerId")}
          render={(id: string | null) => (id ? <code>{id}</code> : dash)}
        />
      ) : null}
      {isDetailed ? (
        <Table.Column<OutboxEmail>
          dataIndex="next_attempt_at"
          title={t("admin.components.history.nextAttempt")}
          render={(value: string, email) =>
            email.status === "queued" || email.status === "sending" ? optionalTime(value) : dash
          }
        />
      ) : null}
      <Table.Column<OutboxEmail>
        dataIndex="sent_at"
        title={t("admin.components.history.sent")}
        render={optionalTime}
      />
      {actions ? (
        <Table.Column<OutboxEmail>
          title={t("table.actions")}
          render={(_, email) => actions(email)}
        />
      ) : null}
    </Table>
  );
}
