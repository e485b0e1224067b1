// The checked rows as a table: the row number, the mapped values and what is wrong with each.
import { Table, Typography } from "antd";
import type { CheckedRow } from "./check-rows";
import type { ImportField } from "./mapping";

export function RowsTable({
  fields,
  rows,
}: {
  fields: readonly ImportField[];
  rows: readonly CheckedRow[];
}) {
  return (
    <Table<CheckedRow>
      size="small"
      rowKey="row"
      dataSource={[...rows]}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      scroll={{ x: true }}
      columns={[
        { key: "row", title: "Row", dataIndex: "row", width: 64 },
        ...fields.map((field) => ({
          key: field.key,
          title: field.label,
          render: (_: unknown, row: CheckedRow) => row.values[field.key],
        })),
        {
          key: "problems",
          title: "Problems",
          render: (_: unknown, row: CheckedRow) =>
            row.problems.length > 0 ? (
              <Typography.Text type="danger">{row.problems.join("; ")}</Typography.Text>
            ) : (
              <Typography.Text type="success">Ready</Typography.Text>
            ),
        },
      ]}
    />
  );
}
