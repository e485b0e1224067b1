// The import's first step: choose or drop a CSV file; why a file cannot be read is said here.
import { InboxOutlined } from "@ant-design/icons";
import { Alert, Space, Upload } from "antd";

export function UploadStep({
  problems,
  onFile,
}: {
  problems: readonly string[];
  onFile: (file: Blob) => void;
}) {
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {problems.length > 0 ? (
        <Alert
          type="error"
          message="This file cannot be imported"
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
        <p className="ant-upload-text">Click or drop a CSV file here</p>
        <p className="ant-upload-hint">The first row names the columns.</p>
      </Upload.Dragger>
    </Space>
  );
}
