// The checked rows as a table: the row number, the mapped values and what is wrong with each.

import { useValidationText } from "@supabase-client/i18n/locale-context";
import { Table, Typography } from "antd";
import type { CheckedRow } from "./check-rows";
import type { ImportField } from "./mapping";
import { useImportWords } from "./words";

export function RowsTable({
  fields,
  rows,
}: {
  fields: readonly ImportField[];
  rows: readonly CheckedRow[];
}) {
  const { t } = useImportWords();
  // Problems are db/validation's English messages or the kind's own (already translated).
  const problem = useValidationText();
  return (
    <Table<CheckedRow>
      size="small"
      rowKey="row"
      dataSource={[...rows]}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      scroll={{ x: true }}
      columns={[
        { key: "row", title: t("admin.csv.import.row"), dataIndex: "row", width: 64 },
        ...fields.map((field) => ({
          key: field.key,
          title: field.label,
          render: (_: unknown, row: CheckedRow) => row.values[field.key],
        })),
        {
          key: "problems",
          title: t("admin.csv.import.problems"),
          render: (_: unknown, row: CheckedRow) =>
            row.problems.length > 0 ? (
              <Typography.Text type="danger">
                {row.problems.map(problem).join("; ")}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">{t("admin.csv.import.ready")}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
