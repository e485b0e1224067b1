// The bar and the error under an upload control.
import { Alert, Progress } from "antd";
import type { UploadState } from "./use-upload";

export function UploadProgress({ state }: { state: UploadState }) {
  return (
    <>
      {state.percent !== null ? (
        <Progress
          percent={state.percent}
          status={state.isUploading ? "active" : "success"}
          aria-label="Upload progress"
          style={{ maxWidth: 560 }}
        />
      ) : null}
      {state.error ? (
        <Alert type="error" showIcon message={state.error} style={{ maxWidth: 560 }} />
      ) : null}
    </>
  );
}
