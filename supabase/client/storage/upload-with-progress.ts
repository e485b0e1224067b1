// Uploads one file with progress, which supabase-js's `upload` cannot report: a signed upload
// URL from storage-js, then the bytes PUT to it by XMLHttpRequest as `uploadToSignedUrl` sends
// them (raw body, content-type, cache-control, x-upsert). Hosted Supabase takes the same request.
import type { SupabaseClient } from "@supabase/supabase-js";
import { type PickedFile, uploadContentType } from "./check-file";

export interface UploadRequest {
  supabase: SupabaseClient;
  /** The project's anon (publishable) key: the API gateway wants it on every request. */
  apiKey: string;
  bucket: string;
  key: string;
  file: Blob & PickedFile;
  /** Replace an object already at the key. */
  upsert?: boolean;
  /** Called with 0–100 as bytes leave the browser. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Storage's error body (`{ statusCode, error, message }`) as one readable sentence. */
function storageErrorMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === "string") {
      return parsed.message;
    }
    if (typeof parsed.error === "string") {
      return parsed.error;
    }
  } catch {
    // Not JSON: a proxy's page; the status says enough.
  }
  return `The upload failed (HTTP ${status}).`;
}

function putWithProgress(url: string, request: UploadRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.setRequestHeader("apikey", request.apiKey);
    xhr.setRequestHeader("content-type", uploadContentType(request.file));
    xhr.setRequestHeader("cache-control", "max-age=3600");
    xhr.setRequestHeader("x-upsert", String(request.upsert ?? false));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && request.onProgress) {
        request.onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress?.(100);
        resolve();
      } else {
        reject(new Error(storageErrorMessage(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new Error("The upload failed: the storage server is unreachable."));
    xhr.onabort = () => reject(new Error("The upload was cancelled."));
    request.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(request.file);
  });
}

/**
 * @example await uploadWithProgress({ supabase, apiKey, bucket: "beta-builds", key, file, onProgress: setPercent });
 * @throws Error with storage's message (too large, wrong type, duplicate, refused by RLS).
 */
export async function uploadWithProgress(request: UploadRequest): Promise<void> {
  const { data, error } = await request.supabase.storage
    .from(request.bucket)
    .createSignedUploadUrl(request.key, { upsert: request.upsert ?? false });
  if (error) {
    throw new Error(error.message);
  }
  await putWithProgress(data.signedUrl, request);
}
