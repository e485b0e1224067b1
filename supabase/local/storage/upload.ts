// One upload, as storage-api's uploader runs it: check the bucket's size and MIME limits, probe
// the caller's right to write the row (rolled back), stream the bytes to disk, then write the
// row for real; the bytes it replaced are removed only after that commits.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import type { BucketRow } from "./buckets";
import { asCaller, type Caller } from "./caller";
import type { DiskStore } from "./disk";
import { entityTooLarge, invalidMimeType, invalidRequest } from "./errors";
import { multipartBoundary, readMultipartUpload, requireFile } from "./multipart";
import { type ObjectMetadata, writeObject } from "./objects";

export interface UploadTarget {
  bucket: BucketRow;
  key: string;
  /** Whose policies decide: the request's caller, or the service for a signed upload URL. */
  caller: Caller;
  owner: string | null;
  upsert: boolean;
}

interface UploadSource {
  contentType: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | null;
  body: AsyncIterable<Uint8Array>;
}

/** storage-api's validateMimeType: `type/*` or an exact `type/subtype` (parameters included). */
function isAllowedMimeType(mime: string, allowed: string[] | null): boolean {
  if (!allowed || allowed.length === 0) {
    return true;
  }
  const [type, subtype] = mime.split("/");
  if (!type || subtype === undefined) {
    return false;
  }
  return allowed.some((entry) => {
    const [allowedType, allowedSubtype] = entry.split("/");
    return allowedType === type && (allowedSubtype === "*" || allowedSubtype === subtype);
  });
}

function parseMetadata(text: string | undefined, base64: boolean): Record<string, unknown> | null {
  if (!text) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(
      base64 ? Buffer.from(text, "base64").toString("utf8") : text,
    );
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through to the refusal
  }
  throw invalidRequest("Invalid metadata: it must be a JSON object");
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}

async function readSource(request: Request): Promise<UploadSource> {
  const contentType = request.headers.get("content-type") ?? "";
  const boundary = multipartBoundary(contentType);
  if (boundary && request.body) {
    const form = await readMultipartUpload(request.body, boundary);
    const file = requireFile(form);
    return {
      contentType: form.fields.contentType || file.contentType,
      cacheControl: form.fields.cacheControl ? `max-age=${form.fields.cacheControl}` : "no-cache",
      userMetadata: parseMetadata(form.fields.metadata, false),
      body: file.body,
    };
  }
  return {
    contentType: contentType || "application/octet-stream",
    cacheControl: request.headers.get("cache-control") ?? "no-cache",
    userMetadata: parseMetadata(request.headers.get("x-metadata") ?? undefined, true),
    body: request.body ?? emptyBody(),
  };
}

/**
 * Asks the caller's policies whether the row may be written (then rolls back): storage-api's
 * canUpload, so a refusal or a duplicate is answered before any byte is read.
 */
export async function probeUpload(
  sql: postgres.Sql,
  caller: Caller,
  target: { bucket: string; name: string; owner: string | null; upsert: boolean },
  userMetadata: Record<string, unknown> | null = null,
): Promise<void> {
  await asCaller(
    sql,
    caller,
    (tx) =>
      writeObject(tx, {
        ...target,
        version: randomUUID(),
        metadata: {
          eTag: '""',
          size: 0,
          mimetype: "application/octet-stream",
          cacheControl: "no-cache",
          lastModified: new Date().toISOString(),
          contentLength: 0,
          httpStatusCode: 200,
        },
        userMetadata,
      }),
    { dryRun: true },
  );
}

/**
 * @example const { Id, Key } = await uploadObject(sql, disk, globalLimit, target, c.req.raw);
 */
export async function uploadObject(
  sql: postgres.Sql,
  disk: DiskStore,
  globalLimit: number,
  target: UploadTarget,
  request: Request,
): Promise<{ Id: string; Key: string }> {
  const { bucket, key, caller } = target;
  const limit = Math.min(bucket.file_size_limit ?? globalLimit, globalLimit);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit && !multipartBoundary(request.headers.get("content-type") ?? "")) {
    throw entityTooLarge();
  }
  // A form carries a few hundred bytes of fields and boundaries around the file.
  if (declared > limit + 64 * 1024) {
    throw entityTooLarge();
  }
  const source = await readSource(request);
  if (!isAllowedMimeType(source.contentType, bucket.allowed_mime_types)) {
    throw invalidMimeType(source.contentType);
  }
  const row = (version: string, metadata: ObjectMetadata) => ({
    bucket: bucket.id,
    name: key,
    owner: target.owner,
    version,
    metadata,
    userMetadata: source.userMetadata,
    upsert: target.upsert,
  });
  const metadataOf = (size: number, eTag: string): ObjectMetadata => ({
    eTag,
    size,
    mimetype: source.contentType,
    cacheControl: source.cacheControl,
    lastModified: new Date().toISOString(),
    contentLength: size,
    httpStatusCode: 200,
  });
  // Refuse before reading the bytes: RLS, a duplicate without upsert.
  await probeUpload(
    sql,
    caller,
    { bucket: bucket.id, name: key, owner: target.owner, upsert: target.upsert },
    source.userMetadata,
  );
  const written = await disk.write(bucket.id, source.body, limit);
  let saved: { id: string; previous_version: string | null };
  try {
    saved = await asCaller(sql, caller, (tx) =>
      writeObject(tx, row(written.version, metadataOf(written.size, written.eTag))),
    );
  } catch (error) {
    await disk.remove(bucket.id, [written.version]);
    throw error;
  }
  if (saved.previous_version && saved.previous_version !== written.version) {
    await disk.remove(bucket.id, [saved.previous_version]);
  }
  return { Id: saved.id, Key: `${bucket.id}/${key}` };
}
