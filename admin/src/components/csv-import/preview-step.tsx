// The import's third step: how many rows will land and which will be skipped, and why; the rows
// with problems first, all rows on request.
import { Alert, Button, Segmented, Space } from "antd";
import { useState } from "react";
import type { CheckedRow } from "./check-rows";
import type { ImportKind } from "./import-kind";
import { RowsTable } from "./rows-table";

interface PreviewStepProps {
  kind: ImportKind;
  checked: readonly CheckedRow[];
  error?: string | undefined;
  onBack: () => void;
  onSave: () => void;
}

export function PreviewStep({ kind, checked, error, onBack, onSave }: PreviewStepProps) {
  const skipped = checked.filter((row) => row.problems.length > 0);
  const ready = checked.length - skipped.length;
  const [shown, setShown] = useState<"problems" | "all">(skipped.length > 0 ? "problems" : "all");
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {error ? (
        <Alert type="error" showIcon message="Nothing was imported" description={error} />
      ) : null}
      <Alert
        type={skipped.length > 0 ? "warning" : "info"}
        showIcon
        message={`${ready} of ${checked.length} rows are ready to import; ${skipped.length} will be skipped.`}
      />
      <Segmented
        value={shown}
        onChange={(value) => setShown(value === "all" ? "all" : "problems")}
        options={[
          { value: "problems", label: `Rows with problems (${skipped.length})` },
          { value: "all", label: `All rows (${checked.length})` },
        ]}
      />
      <RowsTable fields={kind.fields} rows={shown === "all" ? checked : skipped} />
      <Space>
        <Button onClick={onBack}>Back to columns</Button>
        <Button type="primary" disabled={ready === 0} onClick={onSave}>
          Import {ready} {ready === 1 ? kind.noun.one : kind.noun.many}
        </Button>
      </Space>
    </Space>
  );
}
