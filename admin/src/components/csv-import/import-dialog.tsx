// The CSV import in a modal: upload → map columns → preview → summary, with a progress bar while
// saved records are read for duplicates and while the rows are saved.
import { Modal, Progress, Space, Steps, Typography } from "antd";
import type { ImportKind } from "./import-kind";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";
import { SummaryStep } from "./summary-step";
import { UploadStep } from "./upload-step";
import { type ImportStep, useCsvImport } from "./use-csv-import";
import { useImportWords } from "./words";

const stepIndex: Record<ImportStep["name"], number> = {
  upload: 0,
  map: 1,
  checking: 2,
  preview: 2,
  saving: 3,
  done: 3,
};

function Busy({ text, percent }: { text: string; percent: number }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text>{text}</Typography.Text>
      <Progress percent={percent} status="active" aria-label={text} />
    </Space>
  );
}

export function ImportDialog({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const { step, load, setMapping, remap, check, save, reset } = useCsvImport(kind);
  const { t } = useImportWords();
  const things = kind.noun.many;
  const isBusy = step.name === "checking" || step.name === "saving";
  return (
    <Modal
      open
      width={960}
      title={t("admin.csv.import.title", { things })}
      footer={null}
      closable={!isBusy}
      maskClosable={!isBusy}
      onCancel={onClose}
    >
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        <Steps
          size="small"
          current={stepIndex[step.name]}
          items={[
            { title: t("admin.csv.import.stepUpload") },
            { title: t("admin.csv.import.stepColumns") },
            { title: t("admin.csv.import.stepPreview") },
            { title: t("admin.csv.import.stepSummary") },
          ]}
        />
        {step.name === "upload" ? (
          <UploadStep problems={step.problems} onFile={(file) => void load(file)} />
        ) : null}
        {step.name === "map" ? (
          <MappingStep
            kind={kind}
            headers={step.csv.headers}
            rowCount={step.csv.rows.length}
            mapping={step.mapping}
            onChange={setMapping}
            onBack={reset}
            onNext={() => void check(step.csv, step.mapping)}
          />
        ) : null}
        {step.name === "checking" ? (
          <Busy
            text={t("admin.csv.import.checking", { things })}
            percent={step.total > 0 ? Math.round((step.fetched / step.total) * 100) : 0}
          />
        ) : null}
        {step.name === "preview" ? (
          <PreviewStep
            kind={kind}
            checked={step.checked}
            error={step.error}
            onBack={() => remap(step.csv, step.mapping)}
            onSave={() => void save(step)}
          />
        ) : null}
        {step.name === "saving" ? (
          <Busy text={t("admin.csv.import.saving", { count: step.count, things })} percent={99} />
        ) : null}
        {step.name === "done" ? (
          <SummaryStep kind={kind} created={step.created} checked={step.checked} />
        ) : null}
      </Space>
    </Modal>
  );
}
