// Storage settings, read once at start-up from the stack's env under storage-api's own names
// where it has them (supabase/storage .env.sample), validated by zod.
import path from "node:path";
import { z } from "zod";
import { parseEnv } from "../parse-env";

const schema = z.object({
  /** Where object bytes live; `<ATRIUM_LOCAL_DIR>/storage` when unset. */
  STORAGE_DIR: z.string().min(1).optional(),
  ATRIUM_LOCAL_DIR: z.string().min(1).default(".local"),
  /** The global cap on one object, as storage-api's FILE_SIZE_LIMIT (the CLI's default: 50 MiB). */
  FILE_SIZE_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /** Lifetime of `createSignedUploadUrl` tokens (storage-api: 2 hours). */
  SIGNED_UPLOAD_URL_EXPIRATION_TIME: z.coerce.number().int().positive().default(7200),
  STORAGE_DB_POOL: z.coerce.number().int().positive().default(10),
});

export interface StorageConfig {
  dir: string;
  fileSizeLimit: number;
  signedUploadExpirySeconds: number;
  pool: number;
  jwtSecret: string;
}

/**
 * @example const config = parseStorageConfig(context.env, context.keys.jwtSecret);
 * @throws Error naming every invalid variable.
 */
export function parseStorageConfig(
  env: Record<string, string | undefined>,
  jwtSecret: string,
): StorageConfig {
  const data = parseEnv("storage", schema, env);
  return {
    dir: path.resolve(data.STORAGE_DIR ?? path.join(data.ATRIUM_LOCAL_DIR, "storage")),
    fileSizeLimit: data.FILE_SIZE_LIMIT,
    signedUploadExpirySeconds: data.SIGNED_UPLOAD_URL_EXPIRATION_TIME,
    pool: data.STORAGE_DB_POOL,
    jwtSecret,
  };
}
