// Object operations through the real storage-js against the local stack: upload (form and raw
// body), update, download, info, exists, HEAD, ranges, list, move, copy, remove.
import { beforeAll, describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { TEST_JWT_SECRET } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";
import { expectStorageError } from "./storage-error";
import { storageStackForFile } from "./storage-stack";

const bucket = "docs";
const stack = storageStackForFile(bucket, { public: false });

const files = () => stack.service.storage.from(bucket);

describe("upload and download", () => {
  it("uploads a Blob as a form and downloads the same bytes with its type", async () => {
    const blob = new Blob(["hello storage"], { type: "text/plain" });
    const { data, error } = await files().upload("notes/hello.txt", blob);
    expect(error).toBeNull();
    expect(data).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      path: "notes/hello.txt",
      fullPath: "docs/notes/hello.txt",
    });
    const downloaded = await files().download("notes/hello.txt");
    expect(downloaded.error).toBeNull();
    expect(await downloaded.data?.text()).toBe("hello storage");
    expect(downloaded.data?.type).toBe("text/plain");
  });

  it("uploads a raw body with its content type, cache control and metadata", async () => {
    const bytes = Buffer.from([0, 1, 2, 3, 250, 251]);
    const { error } = await files().upload("raw/bytes.bin", bytes, {
      contentType: "application/octet-stream",
      cacheControl: "120",
      metadata: { purpose: "test" },
    });
    expect(error).toBeNull();
    const response = await fetch(`${stack.url}/storage/v1/object/${bucket}/raw/bytes.bin`, {
      headers: { authorization: `Bearer ${stack.keys.serviceRoleKey}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("cache-control")).toBe("max-age=120");
    expect(response.headers.get("content-length")).toBe("6");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    const info = await files().info("raw/bytes.bin");
    expect(info.error).toBeNull();
    expect(info.data).toMatchObject({
      name: "raw/bytes.bin",
      bucketId: bucket,
      size: 6,
      contentType: "application/octet-stream",
      cacheControl: "max-age=120",
      metadata: { purpose: "test" },
    });
  });

  it("refuses a second upload to the same path without upsert, and replaces it with upsert", async () => {
    await files().upload("dup.txt", "first", { contentType: "text/plain" });
    const again = await files().upload("dup.txt", "second", { contentType: "text/plain" });
    expect(again.error).toMatchObject({
      status: 400,
      statusCode: "409",
      message: "The resource already exists",
    });
    const upserted = await files().upload("dup.txt", "third", {
      contentType: "text/plain",
      upsert: true,
    });
    expect(upserted.error).toBeNull();
    expect(await (await files().download("dup.txt")).data?.text()).toBe("third");
  });

  it("answers the raw duplicate error body as storage-api does", async () => {
    await files().upload("dup-raw.txt", "x", { contentType: "text/plain" });
    const response = await fetch(`${stack.url}/storage/v1/object/${bucket}/dup-raw.txt`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${stack.keys.serviceRoleKey}`,
        "content-type": "text/plain",
      },
      body: "y",
    });
    const exists = "The resource already exists";
    await expectStorageError(response, "409", "ResourceAlreadyExists", "Duplicate", exists);
  });

  it("updates (PUT) an object in place", async () => {
    await files().upload("update-me.txt", "old", { contentType: "text/plain" });
    const { data, error } = await files().update("update-me.txt", "new content", {
      contentType: "text/plain",
    });
    expect(error).toBeNull();
    expect(data?.fullPath).toBe("docs/update-me.txt");
    expect(await (await files().download("update-me.txt")).data?.text()).toBe("new content");
  });

  it("answers a missing object with NoSuchKey, which exists() reads as false", async () => {
    const missing = await files().download("nope.txt");
    expect(missing.error).toMatchObject({ status: 400, statusCode: "404" });
    const exists = await files().exists("nope.txt");
    expect(exists.data).toBe(false);
    await files().upload("here.txt", "x", { contentType: "text/plain" });
    expect((await files().exists("here.txt")).data).toBe(true);
  });

  it("answers HEAD with the headers and no body", async () => {
    await files().upload("head.txt", "12345", { contentType: "text/plain" });
    const response = await fetch(`${stack.url}/storage/v1/object/${bucket}/head.txt`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${stack.keys.serviceRoleKey}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("5");
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await response.text()).toBe("");
  });

  it("serves byte ranges with 206 and Content-Range", async () => {
    await files().upload("range.txt", "0123456789", { contentType: "text/plain" });
    const get = (range: string) =>
      fetch(`${stack.url}/storage/v1/object/authenticated/${bucket}/range.txt`, {
        headers: { authorization: `Bearer ${stack.keys.serviceRoleKey}`, range },
      });
    const middle = await get("bytes=2-5");
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(await middle.text()).toBe("2345");
    const tail = await get("bytes=-3");
    expect(tail.headers.get("content-range")).toBe("bytes 7-9/10");
    expect(await tail.text()).toBe("789");
    const open = await get("bytes=8-");
    expect(await open.text()).toBe("89");
    const beyond = await get("bytes=20-30");
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe("bytes */10");
  });

  it("names the file in Content-Disposition when download= is asked", async () => {
    await files().upload("reports/q3.txt", "q3", { contentType: "text/plain" });
    const signed = await files().createSignedUrl("reports/q3.txt", 60, {
      download: "Q3 report.txt",
    });
    const response = await fetch(signed.data?.signedUrl ?? "");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Q3 report.txt"; filename*=UTF-8''Q3%20report.txt`,
    );
    const plain = await files().createSignedUrl("reports/q3.txt", 60, { download: true });
    const named = await fetch(plain.data?.signedUrl ?? "");
    expect(named.headers.get("content-disposition")).toContain('filename="q3.txt"');
  });
});

describe("keys", () => {
  it("accepts hosted's opaque secret key as the service role, streamed body included", async () => {
    const opaque = nodeClient(stack.url, stack.keys.secretKey).storage.from(bucket);
    const { error } = await opaque.upload("opaque/key.txt", "via sb_secret", {
      contentType: "text/plain",
    });
    expect(error).toBeNull();
    expect(await (await opaque.download("opaque/key.txt")).data?.text()).toBe("via sb_secret");
  });

  it("refuses a token for a role that is not an API role", async () => {
    const token = await signJwt(TEST_JWT_SECRET, { role: "supabase_storage_admin" }, 60);
    const response = await fetch(`${stack.url}/storage/v1/object/list/${bucket}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ prefix: "" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: "403", code: "AccessDenied" });
  });
});

describe("list", () => {
  beforeAll(async () => {
    for (const name of [
      "b.txt",
      "a.txt",
      "c.txt",
      "sub/one.txt",
      "sub/two.txt",
      "sub/deeper/x.txt",
    ]) {
      const { error } = await files().upload(`listing/${name}`, name, {
        contentType: "text/plain",
      });
      expect(error).toBeNull();
    }
  });

  it("lists one level: files with ids, folders with id null", async () => {
    const { data, error } = await files().list("listing");
    expect(error).toBeNull();
    expect(data?.map((entry) => [entry.name, entry.id === null])).toEqual([
      ["a.txt", false],
      ["b.txt", false],
      ["c.txt", false],
      ["sub", true],
    ]);
    const file = data?.find((entry) => entry.name === "a.txt");
    expect(file?.metadata).toMatchObject({ size: 5, mimetype: "text/plain" });
    const folder = data?.find((entry) => entry.name === "sub");
    expect(folder).toMatchObject({ updated_at: null, created_at: null, metadata: null });
  });

  it("pages with limit and offset, sorts, and searches by name start", async () => {
    const page = await files().list("listing", { limit: 2, offset: 1 });
    expect(page.data?.map((entry) => entry.name)).toEqual(["b.txt", "c.txt"]);
    const desc = await files().list("listing", { sortBy: { column: "name", order: "desc" } });
    expect(desc.data?.map((entry) => entry.name)).toEqual(["sub", "c.txt", "b.txt", "a.txt"]);
    const search = await files().list("listing", { search: "B" });
    expect(search.data?.map((entry) => entry.name)).toEqual(["b.txt"]);
    const nested = await files().list("listing/sub/");
    expect(nested.data?.map((entry) => entry.name)).toEqual(["deeper", "one.txt", "two.txt"]);
  });
});

describe("move, copy, remove", () => {
  it("moves an object to a new key", async () => {
    await files().upload("move/from.txt", "moving", { contentType: "text/plain" });
    const { data, error } = await files().move("move/from.txt", "move/to.txt");
    expect(error).toBeNull();
    expect(data).toEqual({ message: "Successfully moved" });
    expect((await files().exists("move/from.txt")).data).toBe(false);
    expect(await (await files().download("move/to.txt")).data?.text()).toBe("moving");
  });

  it("moves an object to another bucket", async () => {
    await stack.service.storage.createBucket("archive");
    await files().upload("move/cross.txt", "crossing", { contentType: "text/plain" });
    const { error } = await files().move("move/cross.txt", "old/cross.txt", {
      destinationBucket: "archive",
    });
    expect(error).toBeNull();
    const moved = await stack.service.storage.from("archive").download("old/cross.txt");
    expect(await moved.data?.text()).toBe("crossing");
  });

  it("refuses to move a missing object or onto an existing one", async () => {
    const missing = await files().move("move/none.txt", "move/else.txt");
    expect(missing.error).toMatchObject({ statusCode: "404" });
    await files().upload("move/x.txt", "x", { contentType: "text/plain" });
    await files().upload("move/y.txt", "y", { contentType: "text/plain" });
    const clash = await files().move("move/x.txt", "move/y.txt");
    expect(clash.error).toMatchObject({ statusCode: "409" });
  });

  it("copies an object; the copy is independent of the original", async () => {
    await files().upload("copy/src.txt", "original", { contentType: "text/plain" });
    const { data, error } = await files().copy("copy/src.txt", "copy/dst.txt");
    expect(error).toBeNull();
    expect(data).toEqual({ path: "docs/copy/dst.txt" });
    await files().remove(["copy/src.txt"]);
    expect(await (await files().download("copy/dst.txt")).data?.text()).toBe("original");
  });

  it("removes objects and returns the removed rows; their bytes leave the disk", async () => {
    await files().upload("rm/a.txt", "a", { contentType: "text/plain" });
    await files().upload("rm/b.txt", "b", { contentType: "text/plain" });
    const { data, error } = await files().remove(["rm/a.txt", "rm/b.txt", "rm/none.txt"]);
    expect(error).toBeNull();
    expect(data?.map((row) => row.name).sort()).toEqual(["rm/a.txt", "rm/b.txt"]);
    const list = await files().list("rm");
    expect(list.data).toEqual([]);
  });
});
