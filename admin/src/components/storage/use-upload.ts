// One upload at a time into one bucket, with its progress and its error, for the admin's
// upload controls (builds, project documents, media).
import type { BucketId } from "@db/storage/buckets";
import { uploadWithProgress } from "@supabase-client/storage/upload-with-progress";
import { useState } from "react";
import { supabase } from "../../supabase";

export interface UploadState {
  /** 0–100 while uploading, null when idle. */
  percent: number | null;
  error: string | null;
  isUploading: boolean;
}

/**
 * @example const { upload, state } = useUpload("beta-builds"); await upload(key, file);
 */
export function useUpload(bucket: BucketId) {
  const [state, setState] = useState<UploadState>({
    percent: null,
    error: null,
    isUploading: false,
  });

  /** Uploads and resolves to true, or records the error and resolves to false. */
  const upload = async (
    key: string,
    file: File,
    options: { upsert?: boolean } = {},
  ): Promise<boolean> => {
    setState({ percent: 0, error: null, isUploading: true });
    try {
      await uploadWithProgress({
        supabase,
        apiKey: String(import.meta.env.VITE_SUPABASE_ANON_KEY ?? ""),
        bucket,
        key,
        file,
        upsert: options.upsert,
        onProgress: (percent) => setState((now) => ({ ...now, percent })),
      });
      setState({ percent: 100, error: null, isUploading: false });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ percent: null, error: message, isUploading: false });
      return false;
    }
  };

  const reset = () => setState({ percent: null, error: null, isUploading: false });

  return { upload, state, reset };
}
