// The bar and the error under an upload control.
import { Alert, Progress } from "antd";
import { useAdminT } from "../../i18n";
import type { UploadState } from "./use-upload";

export function UploadProgress({ state }: { state: UploadState }) {
  const t = useAdminT();
  return (
    <>
      {state.percent !== null ? (
        <Progress
          percent={state.percent}
          status={state.isUploading ? "active" : "success"}
          aria-label={t("admin.components.storage.progress")}
          style={{ maxWidth: 560 }}
        />
      ) : null}
      {state.error ? (
        <Alert type="error" showIcon message={state.error} style={{ maxWidth: 560 }} />
      ) : null}
    </>
  );
}
