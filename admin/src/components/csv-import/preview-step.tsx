// The import's third step: how many rows will land and which will be skipped, and why; the rows
// with problems first, all rows on request.
import { Alert, Button, Segmented, Space } from "antd";
import { useState } from "react";
import type { CheckedRow } from "./check-rows";
import type { ImportKind } from "./import-kind";
import { RowsTable } from "./rows-table";
import { useImportWords } from "./words";

interface PreviewStepProps {
  kind: ImportKind;
  checked: readonly CheckedRow[];
  error?: string | undefined;
  onBack: () => void;
  onSave: () => void;
}

export function PreviewStep({ kind, checked, error, onBack, onSave }: PreviewStepProps) {
  const { t } = useImportWords();
  const skipped = checked.filter((row) => row.problems.length > 0);
  const ready = checked.length - skipped.length;
  const [shown, setShown] = useState<"problems" | "all">(skipped.length > 0 ? "problems" : "all");
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {error ? (
        <Alert
          type="error"
          showIcon
          message={t("admin.csv.import.nothingImported")}
          description={error}
        />
      ) : null}
      <Alert
        type={skipped.length > 0 ? "warning" : "info"}
        showIcon
        message={t("admin.csv.import.readyCount", {
          ready,
          total: checked.length,
          skipped: skipped.length,
        })}
      />
      <Segmented
        value={shown}
        onChange={(value) => setShown(value === "all" ? "all" : "problems")}
        options={[
          {
            value: "problems",
            label: t("admin.csv.import.withProblems", { count: skipped.length }),
          },
          { value: "all", label: t("admin.csv.import.allRows", { count: checked.length }) },
        ]}
      />
      <RowsTable fields={kind.fields} rows={shown === "all" ? checked : skipped} />
      <Space>
        <Button onClick={onBack}>{t("admin.csv.import.backToColumns")}</Button>
        <Button type="primary" disabled={ready === 0} onClick={onSave}>
          {t("admin.csv.import.importCount", {
            count: ready,
            things: ready === 1 ? kind.noun.one : kind.noun.many,
          })}
        </Button>
      </Space>
    </Space>
  );
}
