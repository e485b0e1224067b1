// Object keys in the shape the storage policies read (supabase/local/storage/README.md,
// "Buckets"): the folders carry the product or the company, so a key built elsewhere is refused.

/** Where a project file lives: `client/` files are readable by the project's company. */
export type DocumentVisibility = "client" | "internal";

/**
 * One key segment safe on every storage backend: letters, digits, `.`, `-` and `_`, other runs
 * turned into `-`, no leading dot; never empty, so never `.` or `..` (storage refuses those).
 * @example safeSegment("Release notes (v2).pdf") // "Release-notes-v2-.pdf"
 */
export function safeSegment(raw: string): string {
  const cleaned = raw
    .normalize("NFKD")
    // Accents apart from their letters, then dropped: "é" keeps its "e".
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    // Leading dots would make hidden files (and `..`); trailing dashes are left-over noise.
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 120);
  return cleaned === "" ? "file" : cleaned;
}

/** @example betaBuildKey("3f2c…", "1.2.0", "app.apk") // "3f2c…/1.2.0/app.apk" */
export function betaBuildKey(productId: string, version: string, fileName: string): string {
  return `${productId}/${safeSegment(version)}/${safeSegment(fileName)}`;
}

/** The folder holding one project's files of one visibility, without a trailing slash. */
export function projectFolder(
  companyId: string,
  projectId: string,
  visibility: DocumentVisibility,
): string {
  return `${companyId}/${projectId}/${visibility}`;
}

/** @example projectFileKey("c1", "p1", "client", "brief.pdf") // "c1/p1/client/brief.pdf" */
export function projectFileKey(
  companyId: string,
  projectId: string,
  visibility: DocumentVisibility,
  fileName: string,
): string {
  return `${projectFolder(companyId, projectId, visibility)}/${safeSegment(fileName)}`;
}

/**
 * A media key that never replaces an existing image: a time stamp before the file's name.
 * @example mediaKey("Hero.png", new Date(0)) // "1970-01-01T00-00-00-000Z-Hero.png"
 */
export function mediaKey(fileName: string, now: Date): string {
  return `${safeSegment(now.toISOString())}-${safeSegment(fileName)}`;
}

/** The file name a key ends with, offered as the download's name. */
export function keyFileName(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

/**
 * A feedback screenshot's key: the tester's own folder, then the build (both read by the storage
 * policy), then a time-stamped name so a second screenshot never replaces the first.
 * @example feedbackScreenshotKey("u1", "b1", "Bug.png", new Date(0)) // "u1/b1/1970-01-01T00-00-00-000Z-Bug.png"
 */
export function feedbackScreenshotKey(
  profileId: string,
  buildId: string,
  fileName: string,
  now: Date,
): string {
  return `${profileId}/${buildId}/${mediaKey(fileName, now)}`;
}
