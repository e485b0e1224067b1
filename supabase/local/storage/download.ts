// An object's bytes as an HTTP answer: storage-api's headers, `download=` as an attachment, and
// single byte ranges (206 + Content-Range), streamed from disk.
import type { DiskStore } from "./disk";
import { invalidRange, noSuchKey } from "./errors";
import type { ObjectRow } from "./objects";
import { fileNameOf } from "./paths";

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` -> inclusive [start, end]; null when absent. */
export function parseRange(
  header: string | undefined,
  size: number,
): [number, number] | null | "unsatisfiable" {
  if (!header) {
    return null;
  }
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) {
    // Several ranges or another unit: answer the whole object, as servers may (RFC 9110 §14.2).
    return null;
  }
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) {
      return "unsatisfiable";
    }
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) {
    return "unsatisfiable";
  }
  return [start, end];
}

function contentDisposition(download: string, key: string): string {
  const name = download === "" ? fileNameOf(key) : download;
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A download's wishes: HEAD or GET, a byte range, `?download=` to save it under a name. */
export interface DownloadRequest {
  method: string;
  range?: string;
  download?: string | null;
}

/**
 * The object's bytes, or NoSuchKey when the row was not found (or not visible to the caller) or
 * its file is gone.
 * @example return objectResponse(disk, row, { method: "GET", range: c.req.header("range") });
 */
export async function objectResponse(
  disk: DiskStore,
  row: ObjectRow | null | undefined,
  request: DownloadRequest,
): Promise<Response> {
  const size = row?.version ? await disk.size(row.bucket_id, row.version) : null;
  if (!row?.version || size === null) {
    throw noSuchKey();
  }
  const metadata = row.metadata;
  const headers = new Headers({
    "content-type": metadata?.mimetype ?? "application/octet-stream",
    "cache-control": metadata?.cacheControl ?? "no-cache",
    etag: metadata?.eTag ?? `"${row.version}"`,
    "last-modified": new Date(metadata?.lastModified ?? row.updated_at).toUTCString(),
    "accept-ranges": "bytes",
  });
  if (request.download !== null && request.download !== undefined) {
    headers.set("content-disposition", contentDisposition(request.download, row.name));
  }
  const range = parseRange(request.range, size);
  if (range === "unsatisfiable") {
    const error = invalidRange();
    return new Response(JSON.stringify(error.body()), {
      status: 416,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-range": `bytes */${size}`,
      },
    });
  }
  const [start, end] = range ?? [0, size - 1];
  headers.set("content-length", String(size === 0 ? 0 : end - start + 1));
  if (range) {
    headers.set("content-range", `bytes ${start}-${end}/${size}`);
  }
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || size === 0) {
    return new Response(null, { status, headers });
  }
  return new Response(disk.read(row.bucket_id, row.version, start, end), { status, headers });
}
