// A big object that is never held in memory: one pseudo-random megabyte served in 64 KiB
// slices, for the streaming tests and the client process they drive.
import { createHash } from "node:crypto";

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

const block = Buffer.from(
  createHash("sha512")
    .update("atrium")
    .digest()
    .toString("hex")
    .repeat(MB / 128),
  "latin1",
);

export function* streamChunks(totalMb: number): Generator<Buffer> {
  for (let i = 0; i < (totalMb * MB) / CHUNK; i++) {
    const offset = (i % (MB / CHUNK)) * CHUNK;
    yield block.subarray(offset, offset + CHUNK);
  }
}

export function streamMd5(totalMb: number): string {
  const hash = createHash("md5");
  for (const chunk of streamChunks(totalMb)) {
    hash.update(chunk);
  }
  return hash.digest("hex");
}
