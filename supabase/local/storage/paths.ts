// Bucket names and object keys as storage-api accepts them, plus the refusals a disk-backed
// store needs on top: no `.`/`..` segments, no absolute or backslashed paths, no NUL bytes.
import { invalidBucketName, invalidKey } from "./errors";

/** storage-api's isValidBucketName: S3-safe characters, at most 100 of them. */
const BUCKET_NAME = /^[\w!\-.*'() &$@=;:+,?]{1,100}$/;
/** storage-api's isValidKey, widened to letters and digits of any script as newer versions do. */
const KEY_CHARACTERS = /^[\p{L}\p{N}\p{M}_/!\-.*'() &$@=;:+,?]+$/u;
const MAX_KEY_LENGTH = 1024;

/**
 * @example assertBucketName("project-files") // ok; assertBucketName("..") throws InvalidBucketName
 */
export function assertBucketName(name: string): string {
  if (!BUCKET_NAME.test(name) || name === "." || name === "..") {
    throw invalidBucketName();
  }
  return name;
}

/**
 * Refuses keys that are empty, too long, outside storage-api's character set, or that would
 * mean something to a file system: `..`/`.` segments, a leading `/`, empty segments.
 * @example assertKey("a/b.png") // "a/b.png"; assertKey("a/../b") throws InvalidKey
 */
export function assertKey(key: string): string {
  const segments = key.split("/");
  const traverses = segments.some((segment) => segment === "." || segment === "..");
  if (
    key.length === 0 ||
    key.length > MAX_KEY_LENGTH ||
    !KEY_CHARACTERS.test(key) ||
    traverses ||
    segments.some((segment) => segment === "")
  ) {
    throw invalidKey(key);
  }
  return key;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalidKey(part);
  }
}

/**
 * Splits the rest of a URL path, `<bucket>/<key…>`, into a checked bucket name and object key,
 * each percent-decoded once (so `%2e%2e%2f` is seen, and refused, as `../`).
 * @example bucketAndKey("photos/2024/a%20b.png") // { bucket: "photos", key: "2024/a b.png" }
 */
export function bucketAndKey(rest: string): { bucket: string; key: string } {
  const slash = rest.indexOf("/");
  if (slash <= 0) {
    throw invalidKey(decode(rest));
  }
  const bucket = assertBucketName(decode(rest.slice(0, slash)));
  return { bucket, key: assertKey(decode(rest.slice(slash + 1))) };
}

/** A bucket name alone from a URL path segment. */
export function bucketOnly(rest: string): string {
  return assertBucketName(decode(rest.replace(/\/+$/, "")));
}

/** The last segment of a key, for Content-Disposition. */
export function fileNameOf(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

/** Whether a raw request path has a `.` or `..` segment, literal or percent-encoded. */
export function hasDotSegment(rawUrl: string): boolean {
  const pathPart = rawUrl.split("?")[0] ?? "";
  return pathPart.split("/").some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}
