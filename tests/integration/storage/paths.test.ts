// Keys that would mean something to a file system are refused with 400 before anything is
// written: `..` segments (literal or percent-encoded), absolute paths, NUL bytes, backslashes.
import { readdir } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { storageStackForFile } from "./storage-stack";

const stack = storageStackForFile("vault");

/** Sends the request line exactly as written: fetch would resolve `..` before sending. */
function rawUpload(rawPath: string): Promise<{ status: number; body: string }> {
  const url = new URL(stack.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: "POST",
        path: rawPath,
        headers: {
          authorization: `Bearer ${stack.keys.serviceRoleKey}`,
          "content-type": "text/plain",
        },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end("owned");
  });
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe("path traversal", () => {
  it.each([
    ["a literal ../ inside the bucket", "/storage/v1/object/vault/a/../escape.txt"],
    ["an encoded %2e%2e%2f", "/storage/v1/object/vault/a/%2e%2e%2f%2e%2e%2fescape.txt"],
    ["an encoded ..%2f at the start", "/storage/v1/object/vault/..%2f..%2fescape.txt"],
    ["an encoded dot-dot segment", "/storage/v1/object/vault/%2E%2E/escape.txt"],
    ["an absolute path", "/storage/v1/object/vault/%2fetc%2fpasswd"],
    ["a NUL byte", "/storage/v1/object/vault/a%00.txt"],
    ["a backslash", "/storage/v1/object/vault/..%5c..%5cescape.txt"],
    ["a dot-dot bucket", "/storage/v1/object/%2e%2e/escape.txt"],
  ])("refuses %s with 400 InvalidKey", async (_what, rawPath) => {
    const { status, body } = await rawUpload(rawPath);
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ statusCode: "400" });
    expect(JSON.parse(body).code).toMatch(/^Invalid(Key|BucketName)$/);
  });

  it("never lets a request line leave the storage prefix to write", async () => {
    const { status } = await rawUpload("/storage/v1/object/vault/../../../escape.txt");
    expect(status).toBe(404);
  });

  it("wrote nothing: the bucket is empty and the store holds no file", async () => {
    expect((await stack.service.storage.from("vault").list()).data).toEqual([]);
    expect(await allFiles(stack.storageDir)).toEqual([]);
    const parent = await readdir(path.dirname(stack.storageDir));
    expect(parent).not.toContain("escape.txt");
  });

  it("stores an accepted object only as a version file inside its bucket folder", async () => {
    const { error } = await stack.service.storage
      .from("vault")
      .upload("deep/er/file name.txt", "ok", { contentType: "text/plain" });
    expect(error).toBeNull();
    const stored = await allFiles(stack.storageDir);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^vault\/[0-9a-f-]{36}$/);
  });
});
