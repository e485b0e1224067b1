// The streaming form reader finds fields and the file whatever the chunking of the body.
import { describe, expect, it } from "vitest";
import { multipartBoundary, readMultipartUpload } from "../../../supabase/local/storage/multipart";

const boundary = "----atrium42";

function form(file: string): string {
  return [
    `--${boundary}`,
    'Content-Disposition: form-data; name="cacheControl"',
    "",
    "3600",
    `--${boundary}`,
    'Content-Disposition: form-data; name="metadata"',
    "",
    '{"a":1}',
    `--${boundary}`,
    'Content-Disposition: form-data; name=""; filename="blob"',
    "Content-Type: image/png",
    "",
    file,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + size)));
      offset += size;
    },
  });
}

async function collect(body: AsyncIterable<Uint8Array> | undefined): Promise<string> {
  if (!body) {
    throw new Error("no file part");
  }
  const parts: Buffer[] = [];
  for await (const chunk of body) {
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts).toString("utf8");
}

describe("readMultipartUpload", () => {
  // A file that itself contains boundary-like text and CRLFs must come through untouched.
  const file = `line one\r\n--${boundary.slice(0, 6)} not a boundary\r\n\r\nend`;

  it.each([1, 2, 7, 64, 4096])("reads fields and the file in %i-byte chunks", async (size) => {
    const upload = await readMultipartUpload(chunked(form(file), size), boundary);
    expect(upload.fields).toEqual({ cacheControl: "3600", metadata: '{"a":1}' });
    expect(upload.file?.contentType).toBe("image/png");
    expect(await collect(upload.file?.body)).toBe(file);
  });

  it("returns no file for a form without one", async () => {
    const text = `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\ny\r\n--${boundary}--\r\n`;
    const upload = await readMultipartUpload(chunked(text, 5), boundary);
    expect(upload).toEqual({ fields: { x: "y" }, file: null });
  });

  it("refuses a body that ends early", async () => {
    const text = form(file).slice(0, 60);
    await expect(readMultipartUpload(chunked(text, 8), boundary)).rejects.toMatchObject({
      statusCode: 400,
      code: "InvalidRequest",
    });
  });

  it("reads the boundary from the content type, quoted or not", () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("text/plain")).toBeNull();
  });
});
