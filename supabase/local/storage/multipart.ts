// A streaming reader of the multipart/form-data storage-js sends for Blob and FormData uploads:
// text fields (cacheControl, metadata, …) come first, then the file, which is handed on chunk by
// chunk as it arrives; nothing is buffered beyond one chunk and the boundary's length.
import { invalidRequest, noContent } from "./errors";

export interface MultipartUpload {
  fields: Record<string, string>;
  file: { contentType: string; body: AsyncIterable<Uint8Array> } | null;
}

const HEADER_LIMIT = 16 * 1024;
const FIELD_LIMIT = 1024 * 1024;

/** Pulls bytes from a web stream with look-ahead, so delimiters split across chunks are found. */
class ByteReader {
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  private async more(): Promise<void> {
    const { done, value } = await this.reader.read();
    if (done) {
      throw invalidRequest("Unexpected end of multipart body");
    }
    this.pending = this.pending.length
      ? Buffer.concat([this.pending, value])
      : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }

  /** The bytes before `delimiter` (which is consumed), at most `limit` of them. */
  async readUntil(delimiter: Buffer, limit: number): Promise<Buffer> {
    for (;;) {
      const index = this.pending.indexOf(delimiter);
      if (index >= 0) {
        const head = this.pending.subarray(0, index);
        this.pending = this.pending.subarray(index + delimiter.length);
        return head;
      }
      if (this.pending.length > limit + delimiter.length) {
        throw invalidRequest("Multipart part is too large");
      }
      await this.more();
    }
  }

  async take(length: number): Promise<Buffer> {
    while (this.pending.length < length) {
      await this.more();
    }
    const head = this.pending.subarray(0, length);
    this.pending = this.pending.subarray(length);
    return head;
  }

  /** Yields everything before `delimiter`, keeping back only what could be its start. */
  async *streamUntil(delimiter: Buffer): AsyncGenerator<Uint8Array> {
    for (;;) {
      const index = this.pending.indexOf(delimiter);
      if (index >= 0) {
        if (index > 0) {
          yield this.pending.subarray(0, index);
        }
        this.pending = this.pending.subarray(index + delimiter.length);
        return;
      }
      const safe = this.pending.length - (delimiter.length - 1);
      if (safe > 0) {
        const chunk = this.pending.subarray(0, safe);
        this.pending = this.pending.subarray(safe);
        yield chunk;
      }
      await this.more();
    }
  }
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return headers;
}

function dispositionParam(disposition: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  return match?.[1];
}

/** The boundary of a `multipart/form-data; boundary=…` content type, or null. */
export function multipartBoundary(contentType: string): string | null {
  if (!/^multipart\/form-data/i.test(contentType)) {
    return null;
  }
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return (match?.[1] ?? match?.[2] ?? "").trim() || null;
}

/**
 * Reads the fields up to the first file part and returns that file as a stream of its bytes.
 * @example const { fields, file } = await readMultipartUpload(request.body, boundary);
 */
export async function readMultipartUpload(
  body: ReadableStream<Uint8Array>,
  boundary: string,
): Promise<MultipartUpload> {
  const bytes = new ByteReader(body.getReader());
  const dashBoundary = Buffer.from(`--${boundary}`);
  const nextPart = Buffer.from(`\r\n--${boundary}`);
  const fields: Record<string, string> = {};
  await bytes.readUntil(dashBoundary, FIELD_LIMIT);
  for (;;) {
    const after = (await bytes.take(2)).toString("latin1");
    if (after === "--") {
      return { fields, file: null };
    }
    if (after !== "\r\n") {
      throw invalidRequest("Malformed multipart body");
    }
    const headers = parseHeaders(
      (await bytes.readUntil(Buffer.from("\r\n\r\n"), HEADER_LIMIT)).toString("utf8"),
    );
    const disposition = headers.get("content-disposition") ?? "";
    const name = dispositionParam(disposition, "name") ?? "";
    if (dispositionParam(disposition, "filename") !== undefined) {
      return {
        fields,
        file: {
          contentType: headers.get("content-type") ?? "application/octet-stream",
          body: bytes.streamUntil(nextPart),
        },
      };
    }
    fields[name] = (await bytes.readUntil(nextPart, FIELD_LIMIT)).toString("utf8");
  }
}

/** Fails like storage-api when a form carries no file. */
export function requireFile(upload: MultipartUpload): NonNullable<MultipartUpload["file"]> {
  if (!upload.file) {
    throw noContent();
  }
  return upload.file;
}
