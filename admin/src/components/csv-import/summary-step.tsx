// The import's last step: what was created, and each skipped row with its reason.
import { Result, Space, Typography } from "antd";
import type { CheckedRow } from "./check-rows";
import type { ImportKind } from "./import-kind";
import { RowsTable } from "./rows-table";

export function SummaryStep({
  kind,
  created,
  checked,
}: {
  kind: ImportKind;
  created: number;
  checked: readonly CheckedRow[];
}) {
  const skipped = checked.filter((row) => row.problems.length > 0);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Result
        status={skipped.length > 0 ? "warning" : "success"}
        title={`${created} ${created === 1 ? kind.noun.one : kind.noun.many} imported`}
        subTitle={
          skipped.length > 0
            ? `${skipped.length} ${skipped.length === 1 ? "row was" : "rows were"} skipped.`
            : "No row was skipped."
        }
      />
      {skipped.length > 0 ? (
        <>
          <Typography.Title level={5}>Skipped rows</Typography.Title>
          <RowsTable fields={kind.fields} rows={skipped} />
        </>
      ) : null}
    </Space>
  );
}
