// Checks a file against its bucket's size limit and allowed types before a byte is sent, so an
// admin hears "too large" at once instead of after a 500 MB upload.
import type { BucketSpec } from "@db/storage/buckets";
import { formatBytes } from "../i18n/format";

/** What the browser tells about a picked file. */
export interface PickedFile {
  name: string;
  size: number;
  type: string;
}

/**
 * The content type storage will see: the browser's, or `application/octet-stream` when it has
 * none (an `.ipa` or unknown extension), as storage-js does.
 */
export function uploadContentType(file: Pick<PickedFile, "type">): string {
  return file.type === "" ? "application/octet-stream" : file.type;
}

/**
 * Why the bucket would refuse the file, or null when it fits. Types compare as storage-api
 * compares them: the full `type/subtype`, or a `type/*` wildcard.
 * @example checkFile({ name: "a.exe", size: 10, type: "application/x-msdownload" }, buckets["project-files"])
 *   // "a.exe is a application/x-msdownload file; allowed: …"
 */
export function checkFile(file: PickedFile, bucket: BucketSpec): string | null {
  if (file.size === 0) {
    return `${file.name} is empty.`;
  }
  if (file.size > bucket.fileSizeLimit) {
    return `${file.name} is ${formatBytes("en", file.size)}; files here may be at most ${formatBytes("en", bucket.fileSizeLimit)}.`;
  }
  const type = uploadContentType(file);
  const allowed = bucket.allowedMimeTypes.some(
    (pattern) =>
      pattern === type || (pattern.endsWith("/*") && type.startsWith(pattern.slice(0, -1))),
  );
  if (!allowed) {
    return `${file.name} is a ${type} file; allowed here: ${bucket.allowedMimeTypes.join(", ")}.`;
  }
  return null;
}
