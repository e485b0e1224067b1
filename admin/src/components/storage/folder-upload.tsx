// Choosing a file and uploading it into a folder that is listed beside it (a project's
// documents, the media library): the picker, the button and the progress; once the file is in,
// its notification and the listing's reload.
import type { BucketId } from "@db/storage/buckets";
import { Button, Space } from "antd";
import { type ReactNode, useState } from "react";
import { useNotice } from "../actions/use-notice";
import { FilePicker } from "./file-picker";
import { UploadProgress } from "./upload-progress";
import { useUpload } from "./use-upload";

interface FolderUploadProps {
  bucket: BucketId;
  /** Where the file goes, or null to send nothing (a file the bucket refuses). */
  keyOf: (file: File) => string | null;
  words: { choose: string; upload: string; uploaded: (name: string) => string };
  onUploaded: () => void;
  /** The page's main action, or one among others. */
  isPrimary?: boolean;
  /** Choices before the picker (who may see the file), held still while a file uploads. */
  before?: (isUploading: boolean) => ReactNode;
}

/**
 * @example <FolderUpload bucket="public-media" keyOf={(file) => mediaKey(file.name, new Date())}
 *   words={{ choose: "Choose an image", upload: "Upload", uploaded: (name) => `${name} uploaded` }} onUploaded={reload} />
 */
export function FolderUpload({
  bucket,
  keyOf,
  words,
  onUploaded,
  isPrimary = false,
  before,
}: FolderUploadProps) {
  const [file, setFile] = useState<File | null>(null);
  const { upload, state, reset } = useUpload(bucket);
  const notice = useNotice();

  const send = async () => {
    const key = file ? keyOf(file) : null;
    if (file && key && (await upload(key, file))) {
      notice.done(words.uploaded(file.name));
      setFile(null);
      reset();
      onUploaded();
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap align="start">
        {before?.(state.isUploading)}
        <FilePicker
          bucket={bucket}
          file={file}
          onChange={setFile}
          label={words.choose}
          disabled={state.isUploading}
        />
        <Button
          {...(isPrimary ? { type: "primary" as const } : {})}
          onClick={send}
          disabled={!file}
          loading={state.isUploading}
        >
          {words.upload}
        </Button>
      </Space>
      <UploadProgress state={state} />
    </Space>
  );
}
