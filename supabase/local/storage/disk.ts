// The bytes of every object version on local disk: `<root>/<bucket>/<version>`, written to a
// temp file while streaming and renamed into place, so a reader never sees half a file.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { entityTooLarge, invalidBucketName } from "./errors";

export interface WrittenVersion {
  version: string;
  size: number;
  /** Quoted MD5 of the bytes, as storage-api's file backend reports it. */
  eTag: string;
}

const VERSION = /^[0-9a-f-]{36}$/;

/**
 * Versions are named by uuid, never by the object key, so no key can reach outside the bucket
 * folder; bucket folders are the percent-encoded bucket id.
 * @example const store = new DiskStore("/tmp/storage"); await store.write("media", body, 1e6);
 */
export class DiskStore {
  private readonly tempDir: string;

  constructor(readonly root: string) {
    this.tempDir = path.join(root, ".tmp");
  }

  private bucketDir(bucketId: string): string {
    const folder = encodeURIComponent(bucketId);
    if (folder === "" || folder === "." || folder === ".." || folder === ".tmp") {
      throw invalidBucketName();
    }
    return path.join(this.root, folder);
  }

  /** The file of one version; the version is checked to be ours (a uuid) before it is joined. */
  filePath(bucketId: string, version: string): string {
    if (!VERSION.test(version)) {
      throw new Error(`storage: not a version id: ${version}`);
    }
    return path.join(this.bucketDir(bucketId), version);
  }

  /**
   * Streams `source` into a new version, refusing it (and removing the partial file) once it
   * passes `limit` bytes. Memory use is one chunk at a time, whatever the size.
   */
  async write(
    bucketId: string,
    source: AsyncIterable<Uint8Array>,
    limit: number,
  ): Promise<WrittenVersion> {
    await mkdir(this.tempDir, { recursive: true });
    const version = randomUUID();
    const temp = path.join(this.tempDir, `${version}.part`);
    const hash = createHash("md5");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > limit) {
          done(entityTooLarge());
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(source), meter, createWriteStream(temp));
      const target = this.filePath(bucketId, version);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { version, size, eTag: `"${hash.digest("hex")}"` };
  }

  /** Copies a version (to another bucket, or the same) under a new version id. */
  async copy(fromBucket: string, fromVersion: string, toBucket: string): Promise<string> {
    const version = randomUUID();
    const target = this.filePath(toBucket, version);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(this.filePath(fromBucket, fromVersion), target);
    return version;
  }

  /** Moves a version's file into another bucket's folder, keeping its id. */
  async move(fromBucket: string, version: string, toBucket: string): Promise<void> {
    const target = this.filePath(toBucket, version);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.filePath(fromBucket, version), target);
  }

  async size(bucketId: string, version: string): Promise<number | null> {
    try {
      return (await stat(this.filePath(bucketId, version))).size;
    } catch {
      return null;
    }
  }

  /** A byte range (inclusive end) of a version as a web stream. */
  read(
    bucketId: string,
    version: string,
    start?: number,
    end?: number,
  ): ReadableStream<Uint8Array> {
    const stream = createReadStream(this.filePath(bucketId, version), { start, end });
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  }

  /** Removes versions; a missing file is not an error (the row was the truth). */
  async remove(bucketId: string, versions: (string | null)[]): Promise<void> {
    await Promise.all(
      versions
        .filter((version): version is string => version !== null && VERSION.test(version))
        .map((version) => unlink(this.filePath(bucketId, version)).catch(() => {})),
    );
  }

  async removeBucket(bucketId: string): Promise<void> {
    await rm(this.bucketDir(bucketId), { recursive: true, force: true });
  }
}
