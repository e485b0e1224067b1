// SQL on storage.objects. Every function takes the transaction it runs in: the caller's (RLS
// decides) or the service's pool (signed URLs and public reads, which storage-api also runs
// as superuser once the token or the bucket's `public` flag has said yes).
import type postgres from "postgres";

type Sql = postgres.Sql | postgres.ReservedSql;

/** storage.objects.metadata as storage-api writes it. */
export interface ObjectMetadata {
  eTag: string;
  size: number;
  mimetype: string;
  cacheControl: string;
  lastModified: string;
  contentLength: number;
  httpStatusCode: number;
}

export interface ObjectRow {
  id: string;
  bucket_id: string;
  name: string;
  owner: string | null;
  owner_id: string | null;
  version: string | null;
  metadata: ObjectMetadata | null;
  user_metadata: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  last_accessed_at: Date;
}

const COLUMNS =
  "id, bucket_id, name, owner, owner_id, version, metadata, user_metadata, created_at, updated_at, last_accessed_at";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findObject(
  sql: Sql,
  bucket: string,
  name: string,
): Promise<ObjectRow | null> {
  const rows = await sql.unsafe<ObjectRow[]>(
    `select ${COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
    [bucket, name],
  );
  return rows[0] ?? null;
}

export async function findObjects(sql: Sql, bucket: string, names: string[]): Promise<ObjectRow[]> {
  return sql.unsafe<ObjectRow[]>(
    `select ${COLUMNS} from storage.objects where bucket_id = $1 and name = any($2::text[])`,
    [bucket, names],
  );
}

export interface NewObject {
  bucket: string;
  name: string;
  owner: string | null;
  version: string;
  metadata: ObjectMetadata;
  userMetadata: Record<string, unknown> | null;
  upsert: boolean;
}

/**
 * Inserts the row (INSERT policies), or with `upsert` replaces an existing one (SELECT and
 * UPDATE policies too). Returns the row's id and the version it replaced, if any.
 */
export async function writeObject(
  sql: Sql,
  object: NewObject,
): Promise<{ id: string; previous_version: string | null }> {
  const conflict = object.upsert
    ? `on conflict (bucket_id, name) do update set version = excluded.version,
         metadata = excluded.metadata, user_metadata = excluded.user_metadata,
         owner = excluded.owner, owner_id = excluded.owner_id,
         updated_at = now(), last_accessed_at = now()`
    : "";
  const rows = await sql.unsafe<{ id: string; previous_version: string | null }[]>(
    `with previous as (
       select version from storage.objects where bucket_id = $1 and name = $2
     )
     insert into storage.objects (bucket_id, name, owner, owner_id, version, metadata, user_metadata)
     values ($1, $2, $3::uuid, $4, $5, $6::jsonb, $7::jsonb)
     ${conflict}
     returning id, (select version from previous) as previous_version`,
    [
      object.bucket,
      object.name,
      object.owner && UUID.test(object.owner) ? object.owner : null,
      object.owner,
      object.version,
      // postgres.js serialises objects for json parameters itself (a string would be stored
      // as a JSON string).
      object.metadata as never,
      object.userMetadata as never,
    ],
  );
  const row = rows[0];
  if (!row) {
    throw new Error("storage: insert returned no row");
  }
  return row;
}

/** Deletes the named objects the caller may see and delete; returns the rows removed. */
export async function deleteObjects(
  sql: Sql,
  bucket: string,
  names: string[],
): Promise<ObjectRow[]> {
  return sql.unsafe<ObjectRow[]>(
    `delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning ${COLUMNS}`,
    [bucket, names],
  );
}

/** Renames an object (and moves it between buckets); null when the caller cannot see it. */
export async function renameObject(
  sql: Sql,
  from: { bucket: string; name: string },
  to: { bucket: string; name: string },
): Promise<{ id: string; version: string | null } | null> {
  const rows = await sql.unsafe<{ id: string; version: string | null }[]>(
    `update storage.objects set bucket_id = $3, name = $4, updated_at = now()
     where bucket_id = $1 and name = $2 returning id, version`,
    [from.bucket, from.name, to.bucket, to.name],
  );
  return rows[0] ?? null;
}

export interface ListOptions {
  prefix: string;
  limit: number;
  offset: number;
  sortColumn: string;
  sortOrder: string;
  search: string;
}

export interface ListEntry {
  name: string;
  id: string | null;
  updated_at: Date | null;
  created_at: Date | null;
  last_accessed_at: Date | null;
  metadata: ObjectMetadata | null;
}

/** The only ORDER BY columns and directions: fixed SQL, chosen by name, never request text. */
const SORT_COLUMNS: Record<string, string> = {
  name: "name",
  updated_at: "updated_at",
  created_at: "created_at",
  last_accessed_at: "last_accessed_at",
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/**
 * One level of a bucket under `prefix`, as storage.search answers `list()`: objects directly
 * below it and one entry per sub-folder (id and dates null), filtered by `search` at the start
 * of the entry's name (case-insensitive), sorted, then paged.
 */
export async function listObjects(
  sql: Sql,
  bucket: string,
  options: ListOptions,
): Promise<ListEntry[]> {
  const column = SORT_COLUMNS[options.sortColumn] ?? "name";
  const order = options.sortOrder.toLowerCase() === "desc" ? "desc" : "asc";
  return sql.unsafe<ListEntry[]>(
    `with below as (
       select substr(o.name, char_length($2) + 1) as rest, o.*
       from storage.objects o
       where o.bucket_id = $1 and o.name like $3 escape '\\' and o.name ilike $4 escape '\\'
     ), entries as (
       select distinct split_part(rest, '/', 1) as name, null::uuid as id,
              null::timestamptz as updated_at, null::timestamptz as created_at,
              null::timestamptz as last_accessed_at, null::jsonb as metadata
       from below where strpos(rest, '/') > 0
       union all
       select rest, id, updated_at, created_at, last_accessed_at, metadata
       from below where strpos(rest, '/') = 0
     )
     select * from entries order by ${column} ${order}, name ${order} limit $5 offset $6`,
    [
      bucket,
      options.prefix,
      `${escapeLike(options.prefix)}%`,
      `${escapeLike(options.prefix)}${escapeLike(options.search)}%`,
      options.limit,
      options.offset,
    ],
  );
}
