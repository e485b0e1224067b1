// Reading a request body for the router's route: one read when its length is declared, a capped
// stream otherwise, either way refused with 413 past REST_MAX_BODY_BYTES. Binary bodies keep
// every byte. (The direct route reads its own bodies; see ../direct-route.ts.)
import { bodyTooLarge } from "./errors";

export const isOctetStream = (contentType: string | null | undefined) =>
  (contentType ?? "").split(";")[0]?.trim().toLowerCase() === "application/octet-stream";

/**
 * Body bytes as the pipeline's text: UTF-8, except a binary body (`application/octet-stream`,
 * for a function's single unnamed bytea parameter), which travels as bytea's hex text `\x…`
 * so no byte is lost to decoding.
 */
function bodyText(bytes: Buffer, binary: boolean): string {
  return binary ? `\\x${bytes.toString("hex")}` : bytes.toString("utf8");
}

export async function readBody(request: Request, limit: number): Promise<string> {
  const binary = isOctetStream(request.headers.get("content-type"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) {
    throw bodyTooLarge(limit);
  }
  if (request.headers.has("content-length")) {
    // Node's parser stops a body at its declared length, so it can be read in one go: the node
    // server's direct read skips the web stream a chunk-by-chunk read needs (a POST's largest
    // per-request cost in the profile after the SQL itself).
    // (Buffer's decoding, not text()'s: TextDecoder would drop a byte-order mark silently.)
    return bodyText(Buffer.from(await request.arrayBuffer()), binary);
  }
  if (!request.body) {
    return "";
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return bodyText(Buffer.concat(chunks), binary);
}
