// storage-api's error vocabulary: typed constructors thrown by every module and the one place a
// failure becomes `{statusCode, code, error, message}`. As storage-api does, the HTTP status is
// 400 for every refusal (500 for faults) and the real status travels as the string `statusCode`
// in the body (supabase/storage src/internal/errors/codes.ts, src/http/error-handler.ts).

export interface StorageErrorBody {
  statusCode: string;
  code: string;
  error: string;
  message: string;
}

/** A refusal with its wire form; thrown anywhere, rendered by `errorResponse`. */
export class StorageError extends Error {
  constructor(
    /** The status storage-api puts in the body (404, 409, 413, …). */
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** storage-api's legacy `error` field; defaults to the code. */
    readonly error: string = code,
    /** The HTTP status; storage-api answers 400 for everything but internal faults. */
    readonly httpStatus: number = statusCode === 500 ? 500 : 400,
  ) {
    super(message);
  }

  body(): StorageErrorBody {
    return {
      statusCode: String(this.statusCode),
      code: this.code,
      error: this.error,
      message: this.message,
    };
  }
}

export const noSuchBucket = () =>
  new StorageError(404, "NoSuchBucket", "Bucket not found", "Bucket not found");
export const noSuchKey = () => new StorageError(404, "NoSuchKey", "Object not found", "not_found");
export const invalidKey = (key: string) =>
  new StorageError(400, "InvalidKey", `Invalid key: ${key}`);
export const invalidBucketName = () =>
  new StorageError(400, "InvalidBucketName", "Bucket name invalid", "Invalid Input");
export const missingParameter = (name: string) =>
  new StorageError(400, "MissingParameter", `Missing Required Parameter ${name}`);
export const invalidParameter = (name: string, message?: string) =>
  new StorageError(400, "InvalidParameter", message ?? `Invalid Parameter ${name}`);
export const invalidRequest = (message: string) => new StorageError(400, "InvalidRequest", message);
export const invalidJwt = (message: string) => new StorageError(400, "InvalidJWT", message);
export const invalidSignature = () =>
  new StorageError(400, "InvalidSignature", "Invalid signature");
export const accessDenied = (message: string) =>
  new StorageError(403, "AccessDenied", message, "Unauthorized");
const rlsDenied = () => accessDenied("new row violates row-level security policy");
const alreadyExists = () =>
  new StorageError(409, "ResourceAlreadyExists", "The resource already exists", "Duplicate");
export const bucketNotEmpty = () =>
  new StorageError(409, "ResourceNotEmpty", "The bucket you tried to delete is not empty");
export const entityTooLarge = () =>
  new StorageError(
    413,
    "EntityTooLarge",
    "The object exceeded the maximum allowed size",
    "Payload too large",
  );
export const invalidMimeType = (mime: string) =>
  new StorageError(
    415,
    "InvalidMimeType",
    `mime type ${mime} is not supported`,
    "invalid_mime_type",
  );
export const invalidRange = () =>
  new StorageError(400, "InvalidRange", "invalid range provided", "invalid_range");
export const noContent = () => new StorageError(400, "InvalidRequest", "No content provided");
export const notFoundRoute = (method: string, path: string) =>
  new StorageError(404, "NotFound", `Route ${method}:${path} not found`, "Not Found", 404);
export const internalError = () => new StorageError(500, "InternalError", "Internal server error");
/**
 * storage-api's answer when its pool cannot reach the database (ERRORS.DatabaseTimeout): its own
 * HTTP status 544, which clients do not retry on their own.
 */
export const databaseTimeout = () =>
  new StorageError(
    544,
    "DatabaseTimeout",
    "The connection to the database timed out",
    "DatabaseTimeout",
    544,
  );

interface PostgresLike {
  code: string;
  message: string;
}

export function isPostgresError(error: unknown): error is PostgresLike {
  return (
    error instanceof Error &&
    error.name === "PostgresError" &&
    typeof (error as Partial<PostgresLike>).code === "string"
  );
}

/**
 * storage-api's translation of a database refusal (src/storage/database/knex.ts, DBError):
 * RLS and missing grants -> 403 AccessDenied, unique violations -> 409 Duplicate.
 */
export function fromPostgres(error: PostgresLike): StorageError | null {
  switch (error.code) {
    case "42501":
      return rlsDenied();
    case "23505":
      return alreadyExists();
    case "23503":
      return new StorageError(404, "InvalidRequest", "The related resource does not exist");
    case "55P03":
      return new StorageError(423, "ResourceLocked", "The resource is locked");
    default:
      return null;
  }
}

/** The one place a StorageError becomes an HTTP answer. */
export function errorResponse(error: StorageError): Response {
  return new Response(JSON.stringify(error.body()), {
    status: error.httpStatus,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
