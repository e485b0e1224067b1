// The object endpoints storage-js calls, one function each; service.ts routes to them. Every
// database step runs as the caller unless a signed token or a public bucket already said yes.
import type postgres from "postgres";
import { findBucket } from "./buckets";
import { asCaller, type Caller } from "./caller";
import type { StorageConfig } from "./config";
import type { DiskStore } from "./disk";
import { type DownloadRequest, objectResponse } from "./download";
import { invalidRequest, missingParameter, noSuchBucket, noSuchKey } from "./errors";
import {
  deleteObjects,
  findObject,
  listObjects,
  type ObjectRow,
  renameObject,
  writeObject,
} from "./objects";
import { assertBucketName, assertKey } from "./paths";
import { uploadObject } from "./upload";

export interface StorageDeps {
  sql: postgres.Sql;
  disk: DiskStore;
  config: StorageConfig;
}

export type Body = Record<string, unknown>;

export async function existingBucket(deps: StorageDeps, id: string) {
  const bucket = await findBucket(deps.sql, id);
  if (!bucket) {
    throw noSuchBucket();
  }
  return bucket;
}

function stringField(body: Body, name: string): string {
  const value = body[name];
  if (typeof value !== "string" || value === "") {
    throw missingParameter(name);
  }
  return value;
}

export async function upload(
  deps: StorageDeps,
  caller: Caller,
  bucketId: string,
  key: string,
  request: Request,
  upsert: boolean,
) {
  const bucket = await existingBucket(deps, bucketId);
  return uploadObject(
    deps.sql,
    deps.disk,
    deps.config.fileSizeLimit,
    { bucket, key, caller, owner: caller.owner, upsert },
    request,
  );
}

export async function download(
  deps: StorageDeps,
  caller: Caller,
  bucketId: string,
  key: string,
  request: DownloadRequest,
) {
  const row = await asCaller(deps.sql, caller, (tx) => findObject(tx, bucketId, key));
  return objectResponse(deps.disk, row, request);
}

export async function downloadPublic(
  deps: StorageDeps,
  bucketId: string,
  key: string,
  request: DownloadRequest,
) {
  const bucket = await findBucket(deps.sql, bucketId);
  if (!bucket?.public) {
    throw noSuchBucket();
  }
  const row = await findObject(deps.sql, bucketId, key);
  return objectResponse(deps.disk, row, request);
}

/** `GET /object/info/…`: storage-api's FileObjectV2. */
export async function info(
  deps: StorageDeps,
  caller: Caller | "public",
  bucketId: string,
  key: string,
) {
  let row: ObjectRow | null;
  if (caller === "public") {
    const bucket = await findBucket(deps.sql, bucketId);
    row = bucket?.public ? await findObject(deps.sql, bucketId, key) : null;
  } else {
    row = await asCaller(deps.sql, caller, (tx) => findObject(tx, bucketId, key));
  }
  if (!row) {
    throw noSuchKey();
  }
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    bucket_id: row.bucket_id,
    size: row.metadata?.size ?? null,
    content_type: row.metadata?.mimetype ?? null,
    cache_control: row.metadata?.cacheControl ?? null,
    etag: row.metadata?.eTag ?? null,
    metadata: row.user_metadata ?? {},
    last_modified: row.metadata?.lastModified ?? row.updated_at,
    created_at: row.created_at,
  };
}

export async function list(deps: StorageDeps, caller: Caller, bucketId: string, body: Body) {
  let prefix = typeof body.prefix === "string" ? body.prefix : "";
  if (prefix !== "" && !prefix.endsWith("/")) {
    prefix = `${prefix}/`;
  }
  const sortBy = (body.sortBy ?? {}) as Record<string, unknown>;
  const limit = typeof body.limit === "number" && body.limit > 0 ? Math.floor(body.limit) : 100;
  const offset = typeof body.offset === "number" && body.offset >= 0 ? Math.floor(body.offset) : 0;
  return asCaller(deps.sql, caller, (tx) =>
    listObjects(tx, bucketId, {
      prefix,
      limit,
      offset,
      sortColumn: typeof sortBy.column === "string" ? sortBy.column : "name",
      sortOrder: typeof sortBy.order === "string" ? sortBy.order : "asc",
      search: typeof body.search === "string" ? body.search : "",
    }),
  );
}

export async function remove(deps: StorageDeps, caller: Caller, bucketId: string, body: Body) {
  const prefixes = body.prefixes;
  if (
    !Array.isArray(prefixes) ||
    prefixes.length === 0 ||
    prefixes.length > 1000 ||
    !prefixes.every((item) => typeof item === "string")
  ) {
    throw invalidRequest("body/prefixes must be an array of 1 to 1000 object names");
  }
  const removed = await asCaller(deps.sql, caller, (tx) =>
    deleteObjects(tx, bucketId, prefixes as string[]),
  );
  await deps.disk.remove(
    bucketId,
    removed.map((row) => row.version),
  );
  return removed;
}

function moveTargets(body: Body) {
  const bucket = assertBucketName(stringField(body, "bucketId"));
  const destinationBucket =
    typeof body.destinationBucket === "string" && body.destinationBucket !== ""
      ? assertBucketName(body.destinationBucket)
      : bucket;
  return {
    from: { bucket, name: assertKey(stringField(body, "sourceKey")) },
    to: { bucket: destinationBucket, name: assertKey(stringField(body, "destinationKey")) },
  };
}

export async function move(deps: StorageDeps, caller: Caller, body: Body) {
  const { from, to } = moveTargets(body);
  await existingBucket(deps, to.bucket);
  const moved: { version?: string } = {};
  try {
    await asCaller(deps.sql, caller, async (tx) => {
      const renamed = await renameObject(tx, from, to);
      if (!renamed) {
        throw noSuchKey();
      }
      if (renamed.version && from.bucket !== to.bucket) {
        await deps.disk.move(from.bucket, renamed.version, to.bucket);
        moved.version = renamed.version;
      }
    });
  } catch (error) {
    if (moved.version) {
      await deps.disk.move(to.bucket, moved.version, from.bucket).catch(() => {});
    }
    throw error;
  }
  return { message: "Successfully moved" };
}

export async function copy(deps: StorageDeps, caller: Caller, body: Body, upsert: boolean) {
  const { from, to } = moveTargets(body);
  await existingBucket(deps, to.bucket);
  const created: { version?: string } = {};
  try {
    const saved = await asCaller(deps.sql, caller, async (tx) => {
      const source = await findObject(tx, from.bucket, from.name);
      if (!source?.version || !source.metadata) {
        throw noSuchKey();
      }
      const version = await deps.disk.copy(from.bucket, source.version, to.bucket);
      created.version = version;
      const keepMetadata = body.copyMetadata !== false;
      return writeObject(tx, {
        bucket: to.bucket,
        name: to.name,
        owner: caller.owner,
        version,
        metadata: { ...source.metadata, lastModified: new Date().toISOString() },
        userMetadata: keepMetadata
          ? source.user_metadata
          : ((body.metadata as Record<string, unknown> | undefined) ?? null),
        upsert,
      });
    });
    if (saved.previous_version) {
      await deps.disk.remove(to.bucket, [saved.previous_version]);
    }
    return { Id: saved.id, Key: `${to.bucket}/${to.name}` };
  } catch (error) {
    if (created.version) {
      await deps.disk.remove(to.bucket, [created.version]);
    }
    throw error;
  }
}
