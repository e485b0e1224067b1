// Bucket management (`/bucket…`), as the caller: storage.buckets has RLS and no policies of
// ours, so in practice only the service role creates, changes and deletes buckets, as on hosted.
import type postgres from "postgres";
import { asCaller, type Caller } from "./caller";
import type { DiskStore } from "./disk";
import {
  bucketNotEmpty,
  entityTooLarge,
  invalidMimeType,
  invalidParameter,
  invalidRequest,
  noSuchBucket,
} from "./errors";
import { assertBucketName } from "./paths";

type Sql = postgres.Sql | postgres.ReservedSql;

export interface BucketRow {
  id: string;
  name: string;
  owner: string | null;
  owner_id: string | null;
  public: boolean;
  file_size_limit: number | null;
  allowed_mime_types: string[] | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  "id, name, owner, owner_id, coalesce(public, false) as public, file_size_limit::float8 as file_size_limit, allowed_mime_types, created_at, updated_at";

/** storage-api's check on allowed_mime_types entries (type/subtype, optional charset, or `*`). */
const MIME_PATTERN = /^([a-zA-Z0-9\-+.]+)\/([a-zA-Z0-9\-+.]+)(;\s*charset=[a-zA-Z0-9-]+)?$|\*$/;

export async function findBucket(sql: Sql, id: string): Promise<BucketRow | null> {
  const rows = await sql.unsafe<BucketRow[]>(
    `select ${COLUMNS} from storage.buckets where id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** "20MB", "1 GB", "300" -> bytes (storage-api's parseFileSizeToBytes). */
function parseSize(value: unknown, globalLimit: number): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  let bytes: number;
  if (typeof value === "number") {
    bytes = value;
  } else if (typeof value === "string") {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(value);
    if (!match) {
      throw invalidRequest("Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B");
    }
    const units: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
    bytes = Number(match[1]) * (units[(match[2] ?? "b").toLowerCase()] ?? 1);
  } else {
    throw invalidParameter("file_size_limit");
  }
  if (!Number.isFinite(bytes) || bytes < 0) {
    throw invalidParameter("file_size_limit");
  }
  if (bytes > globalLimit) {
    throw entityTooLarge();
  }
  return Math.floor(bytes) || null;
}

function parseMimeTypes(value: unknown): string[] | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw invalidParameter("allowed_mime_types");
  }
  for (const type of value as string[]) {
    if (type.length > 1000 || !MIME_PATTERN.test(type)) {
      throw invalidMimeType(type);
    }
  }
  return value.length > 0 ? (value as string[]) : null;
}

type Body = Record<string, unknown>;

export async function listBuckets(sql: postgres.Sql, caller: Caller, query: URLSearchParams) {
  const limit = Number(query.get("limit") ?? "1000");
  const offset = Number(query.get("offset") ?? "0");
  const sortColumns: Record<string, string> = {
    id: "id",
    name: "name",
    created_at: "created_at",
    updated_at: "updated_at",
  };
  const column = sortColumns[query.get("sortColumn") ?? "name"] ?? "name";
  const order = query.get("sortOrder") === "desc" ? "desc" : "asc";
  const search = (query.get("search") ?? "").replace(/[\\%_]/g, (match) => `\\${match}`);
  return asCaller(sql, caller, (tx) =>
    tx.unsafe<BucketRow[]>(
      `select ${COLUMNS} from storage.buckets where name ilike $1 escape '\\'
       order by ${column} ${order} limit $2 offset $3`,
      [
        `%${search}%`,
        Number.isInteger(limit) && limit > 0 ? limit : 1000,
        Number.isInteger(offset) && offset >= 0 ? offset : 0,
      ],
    ),
  );
}

export async function getBucket(sql: postgres.Sql, caller: Caller, id: string) {
  const bucket = await asCaller(sql, caller, (tx) => findBucket(tx, id));
  if (!bucket) {
    throw noSuchBucket();
  }
  return bucket;
}

export async function createBucket(
  sql: postgres.Sql,
  caller: Caller,
  body: Body,
  globalLimit: number,
) {
  const name = typeof body.name === "string" ? body.name : undefined;
  const id = typeof body.id === "string" && body.id !== "" ? body.id : name;
  if (!id || !name) {
    throw invalidRequest("body must have required property 'name'");
  }
  assertBucketName(id);
  const fileSizeLimit = parseSize(body.file_size_limit, globalLimit);
  const mimeTypes = parseMimeTypes(body.allowed_mime_types);
  await asCaller(sql, caller, (tx) =>
    tx.unsafe(
      `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types)
       values ($1, $2, $3::uuid, $4, $5, $6, $7::text[])`,
      [
        id,
        name,
        caller.owner && /^[0-9a-f-]{36}$/i.test(caller.owner) ? caller.owner : null,
        caller.owner,
        body.public === true,
        fileSizeLimit,
        mimeTypes,
      ],
    ),
  );
  return { name: id };
}

export async function updateBucket(
  sql: postgres.Sql,
  caller: Caller,
  id: string,
  body: Body,
  globalLimit: number,
) {
  const fileSizeLimit = parseSize(body.file_size_limit, globalLimit);
  const mimeTypes = parseMimeTypes(body.allowed_mime_types);
  const updated = await asCaller(sql, caller, (tx) =>
    tx.unsafe(
      `update storage.buckets set
         public = coalesce($2, public),
         file_size_limit = case when $3 then $4::bigint else file_size_limit end,
         allowed_mime_types = case when $5 then $6::text[] else allowed_mime_types end,
         updated_at = now()
       where id = $1`,
      [
        id,
        typeof body.public === "boolean" ? body.public : null,
        "file_size_limit" in body,
        fileSizeLimit,
        "allowed_mime_types" in body,
        mimeTypes,
      ],
    ),
  );
  if (updated.count === 0) {
    throw noSuchBucket();
  }
  return { message: "Successfully updated" };
}

/** Deletes every object the caller may delete in the bucket, rows first, then their bytes. */
export async function emptyBucket(sql: postgres.Sql, caller: Caller, id: string, disk: DiskStore) {
  await getBucket(sql, caller, id);
  const removed = await asCaller(sql, caller, (tx) =>
    tx.unsafe<{ version: string | null }[]>(
      "delete from storage.objects where bucket_id = $1 returning version",
      [id],
    ),
  );
  await disk.remove(
    id,
    removed.map((row) => row.version),
  );
  return { message: "Successfully emptied" };
}

export async function deleteBucket(sql: postgres.Sql, caller: Caller, id: string, disk: DiskStore) {
  await getBucket(sql, caller, id);
  const deleted = await asCaller(sql, caller, async (tx) => {
    const [objects] = await tx.unsafe<{ present: boolean }[]>(
      "select exists (select 1 from storage.objects where bucket_id = $1) as present",
      [id],
    );
    if (objects?.present) {
      throw bucketNotEmpty();
    }
    return tx.unsafe("delete from storage.buckets where id = $1", [id]);
  });
  if (deleted.count === 0) {
    throw noSuchBucket();
  }
  await disk.removeBucket(id);
  return { message: "Successfully deleted" };
}
