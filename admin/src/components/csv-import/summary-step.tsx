// The import's last step: what was created, and each skipped row with its reason.
import { Result, Space, Typography } from "antd";
import type { CheckedRow } from "./check-rows";
import type { ImportKind } from "./import-kind";
import { RowsTable } from "./rows-table";
import { useImportWords } from "./words";

export function SummaryStep({
  kind,
  created,
  checked,
}: {
  kind: ImportKind;
  created: number;
  checked: readonly CheckedRow[];
}) {
  const { t } = useImportWords();
  const skipped = checked.filter((row) => row.problems.length > 0);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Result
        status={skipped.length > 0 ? "warning" : "success"}
        title={t("admin.csv.import.imported", {
          count: created,
          things: created === 1 ? kind.noun.one : kind.noun.many,
        })}
        subTitle={
          skipped.length > 0
            ? t(
                skipped.length === 1
                  ? "admin.csv.import.oneSkipped"
                  : "admin.csv.import.manySkipped",
                { count: skipped.length },
              )
            : t("admin.csv.import.noneSkipped")
        }
      />
      {skipped.length > 0 ? (
        <>
          <Typography.Title level={5}>{t("admin.csv.import.skippedRows")}</Typography.Title>
          <RowsTable fields={kind.fields} rows={skipped} />
        </>
      ) : null}
    </Space>
  );
}
