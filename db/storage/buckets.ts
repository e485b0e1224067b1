// The storage buckets drizzle/0011_storage.sql (and 0024) create, with their limits, in one
// place: the apps check a file against them before uploading, and a test holds the database to
// them.

/** A bucket as `storage.buckets` has it: who reads, how big, which types. */
export interface BucketSpec {
  id: string;
  public: boolean;
  /** Bytes; storage also caps every object at its global FILE_SIZE_LIMIT. */
  fileSizeLimit: number;
  allowedMimeTypes: readonly string[];
}

const mebibyte = 1024 * 1024;

export const buckets = {
  "beta-builds": {
    id: "beta-builds",
    public: false,
    fileSizeLimit: 500 * mebibyte,
    allowedMimeTypes: [
      "application/vnd.android.package-archive",
      "application/octet-stream",
      "application/zip",
      "application/x-apple-diskimage",
    ],
  },
  // Screenshots testers attach to their feedback (drizzle/0024): `<profile_id>/<build_id>/<file>`.
  "beta-feedback": {
    id: "beta-feedback",
    public: false,
    fileSizeLimit: 5 * mebibyte,
    allowedMimeTypes: ["image/png", "image/jpeg", "image/webp"],
  },
  "project-files": {
    id: "project-files",
    public: false,
    fileSizeLimit: 50 * mebibyte,
    allowedMimeTypes: [
      "application/pdf",
      "image/png",
      "image/jpeg",
      "image/webp",
      "text/plain",
      "text/csv",
      "application/zip",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
  },
  "public-media": {
    id: "public-media",
    public: true,
    fileSizeLimit: 10 * mebibyte,
    allowedMimeTypes: [
      "image/png",
      "image/jpeg",
      "image/webp",
      "image/gif",
      "image/svg+xml",
      "video/mp4",
    ],
  },
} as const satisfies Record<string, BucketSpec>;

export type BucketId = keyof typeof buckets;

/**
 * The global FILE_SIZE_LIMIT a stack needs so that no bucket's own limit is cut short by it.
 * @example largestBucketLimit() // 524288000 (beta-builds)
 */
export function largestBucketLimit(): number {
  return Math.max(...Object.values(buckets).map((bucket) => bucket.fileSizeLimit));
}
