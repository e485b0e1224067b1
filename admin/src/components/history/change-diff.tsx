// An audit entry's old → new values side by side; only the fields the change touched are
// highlighted (and say so in words, for screen readers and for the colour-blind).

import { surface } from "@supabase-client/ui/surface";
import { Table, Tag, Typography } from "antd";
import { useAdminT } from "../../i18n";
import { type DiffRow, diffRows } from "./diff-rows";

const changedCell = { background: surface.changedBg };

export function ChangeDiff({ entry }: { entry: { old_row: unknown; new_row: unknown } }) {
  const t = useAdminT();
  const rows = diffRows(entry);
  return (
    <Table<DiffRow>
      aria-label={t("admin.components.history.diff")}
      dataSource={rows}
      rowKey="field"
      size="small"
      pagination={false}
      locale={{ emptyText: t("admin.components.history.noValues") }}
      onRow={(row) => ({
        "data-changed": row.isChanged ? "true" : "false",
        style: row.isChanged ? changedCell : undefined,
      })}
    >
      <Table.Column<DiffRow>
        dataIndex="field"
        title={t("admin.components.history.field")}
        render={(field: string, row) => (
          <span>
            <code>{field}</code>
            {row.isChanged ? (
              <Tag color="gold" style={{ marginInlineStart: 8 }}>
                {t("admin.components.history.changed")}
              </Tag>
            ) : null}
          </span>
        )}
      />
      <Table.Column<DiffRow>
        dataIndex="old"
        title={t("admin.components.history.oldValue")}
        render={(value: string) => <Cell value={value} />}
      />
      <Table.Column<DiffRow>
        dataIndex="new"
        title={t("admin.components.history.newValue")}
        render={(value: string) => <Cell value={value} />}
      />
    </Table>
  );
}

function Cell({ value }: { value: string }) {
  return value === "" ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <span style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>{value}</span>
  );
}
