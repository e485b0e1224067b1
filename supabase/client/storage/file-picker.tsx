// Picks one file and checks it against the bucket's limits at once, before any upload: the
// file is kept only when it fits, otherwise the reason shows under the button.
import { type BucketId, buckets } from "@db/storage/buckets";
import { checkFile } from "@supabase-client/storage/check-file";
import { Button, Typography, Upload } from "antd";
import { useState } from "react";
import { useFormat, useT, useValidationText } from "../i18n/locale-context";

/** The dialog's filter; none when any binary goes (an `.ipa` has no MIME type to filter on). */
function acceptOf(types: readonly string[]): string | undefined {
  return types.includes("application/octet-stream") ? undefined : types.join(",");
}

export interface FilePickerProps {
  bucket: BucketId;
  file: File | null;
  onChange: (file: File | null) => void;
  label?: string;
  disabled?: boolean;
}

export function FilePicker({ bucket, file, onChange, label, disabled }: FilePickerProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const t = useT();
  const format = useFormat();
  const translate = useValidationText();
  const spec = buckets[bucket];

  return (
    <div>
      <Upload
        maxCount={1}
        showUploadList={false}
        disabled={disabled}
        accept={acceptOf(spec.allowedMimeTypes)}
        beforeUpload={(picked) => {
          const reason = checkFile(picked, spec);
          setRefusal(reason ? translate(reason) : null);
          onChange(reason ? null : picked);
          // Never let antd upload by itself: the caller uploads with progress.
          return false;
        }}
      >
        <Button disabled={disabled}>{label ?? t("storage.chooseFile")}</Button>
      </Upload>
      <div style={{ marginTop: 4 }}>
        {refusal ? (
          <Typography.Text type="danger" role="alert">
            {refusal}
          </Typography.Text>
        ) : file ? (
          <Typography.Text>
            {file.name} ({format.bytes(file.size)})
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {t("storage.upTo", { size: format.bytes(spec.fileSizeLimit) })}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
