// Buckets through storage-js: create, get, list, update, empty, delete, and the size and MIME
// limits a bucket puts on uploads.
import type { SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { nodeClient } from "../../support/supabase-client";
import { expectStorageError } from "./storage-error";

let stack: TestStack;
let service: SupabaseClient;

beforeAll(async () => {
  stack = await startTestStack();
  service = nodeClient(stack.url, stack.keys.serviceRoleKey);
});
afterAll(() => stack.stop());

describe("bucket management", () => {
  it("creates, reads, lists, updates and deletes a bucket", async () => {
    const created = await service.storage.createBucket("avatars", {
      public: true,
      fileSizeLimit: 1024,
      allowedMimeTypes: ["image/png"],
    });
    expect(created).toEqual({ data: { name: "avatars" }, error: null });

    const got = await service.storage.getBucket("avatars");
    expect(got.error).toBeNull();
    expect(got.data).toMatchObject({
      id: "avatars",
      name: "avatars",
      public: true,
      file_size_limit: 1024,
      allowed_mime_types: ["image/png"],
    });

    const listed = await service.storage.listBuckets();
    expect(listed.data?.map((bucket) => bucket.id)).toEqual(
      expect.arrayContaining(["avatars", "beta-builds", "project-files", "public-media"]),
    );

    const updated = await service.storage.updateBucket("avatars", {
      public: false,
      fileSizeLimit: "2KB",
      allowedMimeTypes: ["image/*"],
    });
    expect(updated).toEqual({ data: { message: "Successfully updated" }, error: null });
    expect((await service.storage.getBucket("avatars")).data).toMatchObject({
      public: false,
      file_size_limit: 2000,
      allowed_mime_types: ["image/*"],
    });

    const deleted = await service.storage.deleteBucket("avatars");
    expect(deleted).toEqual({ data: { message: "Successfully deleted" }, error: null });
    const gone = await service.storage.getBucket("avatars");
    expect(gone.error).toMatchObject({ statusCode: "404", message: "Bucket not found" });
  });

  it("ships the three atrium buckets with their limits", async () => {
    const { data } = await service.storage.listBuckets();
    const ours = data
      ?.filter((bucket) => ["beta-builds", "project-files", "public-media"].includes(bucket.id))
      .map(({ id, public: isPublic, file_size_limit }) => ({ id, isPublic, file_size_limit }));
    expect(ours).toEqual([
      { id: "beta-builds", isPublic: false, file_size_limit: 524288000 },
      { id: "project-files", isPublic: false, file_size_limit: 52428800 },
      { id: "public-media", isPublic: true, file_size_limit: 10485760 },
    ]);
  });

  it("refuses a duplicate bucket, a bad name, and an anon caller", async () => {
    await service.storage.createBucket("twice");
    const again = await service.storage.createBucket("twice");
    expect(again.error).toMatchObject({
      statusCode: "409",
      message: "The resource already exists",
    });
    const badName = await service.storage.createBucket("no/slashes");
    expect(badName.error).toMatchObject({ statusCode: "400", message: "Bucket name invalid" });
    const anon = await stack.client().storage.createBucket("anon-bucket");
    expect(anon.error).toMatchObject({
      status: 400,
      statusCode: "403",
      message: "new row violates row-level security policy",
    });
    expect((await stack.client().storage.listBuckets()).data).toEqual([]);
  });

  it("empties a bucket, and refuses to delete one that still holds objects", async () => {
    await service.storage.createBucket("full");
    const files = service.storage.from("full");
    await files.upload("a.txt", "a", { contentType: "text/plain" });
    await files.upload("b/c.txt", "c", { contentType: "text/plain" });
    const refused = await service.storage.deleteBucket("full");
    expect(refused.error).toMatchObject({
      statusCode: "409",
      message: "The bucket you tried to delete is not empty",
    });
    const emptied = await service.storage.emptyBucket("full");
    expect(emptied).toEqual({ data: { message: "Successfully emptied" }, error: null });
    expect((await files.list()).data).toEqual([]);
    expect((await service.storage.deleteBucket("full")).error).toBeNull();
  });
});

describe("bucket limits on uploads", () => {
  beforeAll(async () => {
    const { error } = await service.storage.createBucket("limited", {
      public: false,
      fileSizeLimit: 1000,
      allowedMimeTypes: ["image/png", "text/*"],
    });
    expect(error).toBeNull();
  });

  it("refuses an object over the bucket's size limit with 413 Payload too large", async () => {
    const response = await fetch(`${stack.url}/storage/v1/object/limited/big.txt`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${stack.keys.serviceRoleKey}`,
        "content-type": "text/plain",
      },
      body: "x".repeat(1001),
    });
    await expectStorageError(
      response,
      "413",
      "EntityTooLarge",
      "Payload too large",
      "The object exceeded the maximum allowed size",
    );
    const viaClient = await service.storage
      .from("limited")
      .upload("big.png", new Blob([new Uint8Array(2000)], { type: "image/png" }));
    expect(viaClient.error).toMatchObject({ statusCode: "413" });
    const exact = await service.storage
      .from("limited")
      .upload("exact.txt", "y".repeat(1000), { contentType: "text/plain" });
    expect(exact.error).toBeNull();
  });

  it("refuses a MIME type the bucket does not allow, and accepts a wildcard match", async () => {
    const refused = await service.storage
      .from("limited")
      .upload("doc.pdf", new Blob(["%PDF"], { type: "application/pdf" }));
    expect(refused.error).toMatchObject({
      statusCode: "415",
      message: "mime type application/pdf is not supported",
    });
    const wildcard = await service.storage
      .from("limited")
      .upload("note.csv", "a,b", { contentType: "text/csv" });
    expect(wildcard.error).toBeNull();
    const listed = await service.storage.from("limited").list();
    expect(listed.data?.map((entry) => entry.name)).toEqual(["exact.txt", "note.csv"]);
  });

  it("refuses a bucket limit above the global one", async () => {
    const { error } = await service.storage.createBucket("huge", {
      public: false,
      fileSizeLimit: "10GB",
    });
    expect(error).toMatchObject({ statusCode: "413" });
  });
});
