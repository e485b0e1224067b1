// Downloads a private object through a short-lived signed URL: the browser fetches the bytes
// itself (streamed to disk, resumable) and the link is useless a minute later.
import type { SupabaseClient } from "@supabase/supabase-js";
import { keyFileName } from "./keys";

/** How long a download link lives: long enough to start, too short to pass around. */
export const downloadUrlSeconds = 60;

/**
 * A signed URL that answers with `Content-Disposition: attachment`.
 * @throws Error with storage's message (not found, or not yours to read).
 */
export async function signedDownloadUrl(
  supabase: SupabaseClient,
  bucket: string,
  key: string,
): Promise<string> {
  const { data, error } = await supabase.storage
    .from(bucket)
    .createSignedUrl(key, downloadUrlSeconds, { download: keyFileName(key) });
  if (error) {
    throw new Error(error.message);
  }
  return data.signedUrl;
}

/**
 * Starts the browser's download of an object.
 * @example await downloadObject(supabase, "beta-builds", build.storage_path);
 */
export async function downloadObject(
  supabase: SupabaseClient,
  bucket: string,
  key: string,
): Promise<void> {
  const url = await signedDownloadUrl(supabase, bucket, key);
  const link = document.createElement("a");
  link.href = url;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Opens an object (a screenshot) in a new tab through a signed URL that shows it inline.
 * @example await openSignedObject(supabase, "beta-feedback", feedback.screenshot_path);
 * @throws Error with storage's message (not found, or not yours to read).
 */
export async function openSignedObject(
  supabase: SupabaseClient,
  bucket: string,
  key: string,
): Promise<void> {
  const { data, error } = await supabase.storage
    .from(bucket)
    .createSignedUrl(key, downloadUrlSeconds);
  if (error) {
    throw new Error(error.message);
  }
  window.open(data.signedUrl, "_blank", "noopener");
}
