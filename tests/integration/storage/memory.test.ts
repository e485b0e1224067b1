// Uploads and downloads stream: a big object goes through the service and the disk in chunks,
// so the server's peak RSS grows by far less than the object's size. storage-js runs in a child
// process (stream-client.ts) so that only the server is measured. 20 MB always; 500 MB too
// with ATRIUM_LONG_TESTS=1.
import { spawn } from "node:child_process";
import path from "node:path";
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";
import { streamMd5 } from "./stream-fixture";

const MB = 1024 * 1024;
const sizes = process.env.ATRIUM_LONG_TESTS === "1" ? [20, 500] : [20];
/** What the server's peak RSS may grow by while streaming, whatever the object's size. */
const GROWTH_LIMIT = 50 * MB;
const CLIENT = path.join(import.meta.dirname, "stream-client.ts");

let stack: TestStack;
let service: SupabaseClient;

beforeAll(async () => {
  stack = await startTestStack({ env: { FILE_SIZE_LIMIT: String(600 * MB) } });
  service = nodeClient(stack.url, stack.keys.serviceRoleKey);
  expect((await service.storage.createBucket("big")).error).toBeNull();
  // Warm the service's code paths and pool first, so the measurements see streaming only.
  const warm = [stack.url, stack.keys.serviceRoleKey, "big", "warm.bin"];
  expect((await streamInChild([...warm, "upload", "8"])).result).toEqual({ error: null });
  expect((await streamInChild([...warm, "download", "1"])).result).toMatchObject({ error: null });
});
afterAll(() => stack.stop());

/** Runs storage-js in a child process while sampling this process's RSS every 10 ms. */
async function streamInChild(
  args: string[],
): Promise<{ result: Record<string, unknown>; growth: number; ms: number }> {
  const started = Date.now();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", CLIENT, ...args], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
      });
      child.on("error", reject);
      child.on("close", () => resolve(stdout));
    });
    const line = output.trim().split("\n").pop() ?? "{}";
    return { result: JSON.parse(line), growth: peak - start, ms: Date.now() - started };
  } finally {
    clearInterval(timer);
  }
}

const report = (what: string, growth: number, ms: number) =>
  console.info(
    `storage memory: ${what}, server peak RSS growth ${(growth / MB).toFixed(1)} MB, ${ms} ms`,
  );

describe.each(sizes)("a %i MB object", (sizeMb) => {
  const name = `stream-${sizeMb}.bin`;
  const args = (mode: string) => [
    stack.url,
    stack.keys.serviceRoleKey,
    "big",
    name,
    mode,
    String(sizeMb),
  ];

  it("is uploaded from a stream with bounded server memory", { timeout: 180_000 }, async () => {
    const { result, growth, ms } = await streamInChild(args("upload"));
    report(`upload ${sizeMb} MB`, growth, ms);
    expect(result).toEqual({ error: null });
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    const info = await service.storage.from("big").info(name);
    expect(info.data?.size).toBe(sizeMb * MB);
  });

  it("is downloaded as a stream with bounded server memory, byte for byte", {
    timeout: 180_000,
  }, async () => {
    const { result, growth, ms } = await streamInChild(args("download"));
    report(`download ${sizeMb} MB`, growth, ms);
    expect(result).toEqual({ error: null, md5: streamMd5(sizeMb), bytes: sizeMb * MB });
    expect(growth).toBeLessThan(GROWTH_LIMIT);
  });
});

describe("a 20 MB form upload (Blob)", () => {
  it("streams the file part to disk with bounded server memory", { timeout: 60_000 }, async () => {
    const args = [stack.url, stack.keys.serviceRoleKey, "big", "form-20.bin"];
    const { result, growth, ms } = await streamInChild([...args, "form", "20"]);
    report("form upload 20 MB", growth, ms);
    expect(result).toEqual({ error: null });
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    const check = await streamInChild([...args, "download", "20"]);
    expect(check.result).toEqual({ error: null, md5: streamMd5(20), bytes: 20 * MB });
  });
});
