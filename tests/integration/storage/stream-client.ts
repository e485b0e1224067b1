// storage-js in a process of its own, so a test measures only the server's memory: Node 20's
// fetch holds a streamed request body in memory itself, which would hide what the service does.
// Usage: node --import tsx stream-client.ts <url> <key> <bucket> <name> upload|form|download <mb>
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { nodeClient } from "../../support/supabase-client";
import { streamChunks } from "./stream-fixture";

const [url = "", key = "", bucket = "", name = "", mode = "", size = "0"] = process.argv.slice(2);
const files = nodeClient(url, key).storage.from(bucket);

async function main(): Promise<unknown> {
  if (mode === "upload") {
    const { error } = await files.upload(name, Readable.from(streamChunks(Number(size))), {
      contentType: "application/octet-stream",
    });
    return { error: error?.message ?? null };
  }
  if (mode === "form") {
    // A Blob goes out as multipart/form-data, the way browsers upload a File.
    const parts = [...streamChunks(Number(size))].map((chunk) => new Uint8Array(chunk));
    const { error } = await files.upload(
      name,
      new Blob(parts, { type: "application/octet-stream" }),
    );
    return { error: error?.message ?? null };
  }
  const { data, error } = await files.download(name).asStream();
  if (error || !data) {
    return { error: error?.message ?? "no body" };
  }
  const hash = createHash("md5");
  let bytes = 0;
  for await (const chunk of Readable.fromWeb(data as never)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { error: null, md5: hash.digest("hex"), bytes };
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
    process.exit(1);
  },
);
