// The import's first step: choose or drop a CSV file; why a file cannot be read is said here.
import { InboxOutlined } from "@ant-design/icons";
import { Alert, Space, Upload } from "antd";
import { useImportWords } from "./words";

export function UploadStep({
  problems,
  onFile,
}: {
  problems: readonly string[];
  onFile: (file: Blob) => void;
}) {
  const { t } = useImportWords();
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {problems.length > 0 ? (
        <Alert
          type="error"
          message={t("admin.csv.import.cannotImport")}
          description={problems.join(" ")}
          showIcon
        />
      ) : null}
      <Upload.Dragger
        accept=".csv,text/csv"
        showUploadList={false}
        // The file is read in the browser; nothing is uploaded before the preview.
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t("admin.csv.import.drop")}</p>
        <p className="ant-upload-hint">{t("admin.csv.import.dropHint")}</p>
      </Upload.Dragger>
    </Space>
  );
}
