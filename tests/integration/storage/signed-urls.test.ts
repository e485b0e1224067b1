// Signed download and upload URLs through storage-js: what they grant, for how long, and the
// errors storage-api answers when they are expired, forged or used for another object.
import { beforeAll, describe, expect, it } from "vitest";
import { expectStorageError } from "./storage-error";
import { storageStackForFile } from "./storage-stack";

const bucket = "private-docs";
const stack = storageStackForFile(bucket);

beforeAll(async () => {
  const files = stack.service.storage.from(bucket);
  for (const name of ["a.txt", "b.txt", "folder/with space.txt"]) {
    expect(
      (await files.upload(name, `content of ${name}`, { contentType: "text/plain" })).error,
    ).toBeNull();
  }
});

const files = () => stack.service.storage.from(bucket);

describe("signed download URLs", () => {
  it("lets anyone holding the URL download the object, without a key", async () => {
    const { data, error } = await files().createSignedUrl("folder/with space.txt", 60);
    expect(error).toBeNull();
    expect(data?.signedUrl).toMatch(
      new RegExp(`^${stack.url}/storage/v1/object/sign/${bucket}/folder/with%20space.txt\\?token=`),
    );
    const response = await fetch(data?.signedUrl ?? "");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("content of folder/with space.txt");
  });

  it("signs several paths at once and says which cannot be signed", async () => {
    const { data, error } = await files().createSignedUrls(["a.txt", "missing.txt", "b.txt"], 60);
    expect(error).toBeNull();
    expect(data?.map((entry) => [entry.path, entry.error, entry.signedUrl !== null])).toEqual([
      ["a.txt", null, true],
      ["missing.txt", "Either the object does not exist or you do not have access to it", false],
      ["b.txt", null, true],
    ]);
    const second = data?.[2]?.signedUrl ?? "";
    expect(await (await fetch(second)).text()).toBe("content of b.txt");
  });

  it("refuses to sign a missing object", async () => {
    const { error } = await files().createSignedUrl("nope.txt", 60);
    expect(error).toMatchObject({ statusCode: "404", message: "Object not found" });
  });

  it("stops working once expired, with storage-api's InvalidJWT answer", async () => {
    const { data } = await files().createSignedUrl("a.txt", 1);
    const url = data?.signedUrl ?? "";
    expect((await fetch(url)).status).toBe(200);
    let response = await fetch(url);
    const deadline = Date.now() + 5000;
    while (response.status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      response = await fetch(url);
    }
    const expired = '"exp" claim timestamp check failed';
    await expectStorageError(response, "400", "InvalidJWT", "InvalidJWT", expired);
  });

  it("refuses a token used for another object, or a forged one", async () => {
    const { data } = await files().createSignedUrl("a.txt", 60);
    const token = new URL(data?.signedUrl ?? "").searchParams.get("token");
    const other = await fetch(`${stack.url}/storage/v1/object/sign/${bucket}/b.txt?token=${token}`);
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ statusCode: "400", message: "Invalid signature" });
    const forged = await fetch(
      `${stack.url}/storage/v1/object/sign/${bucket}/a.txt?token=abc.def.ghi`,
    );
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ statusCode: "400", code: "InvalidJWT" });
  });
});

describe("signed upload URLs", () => {
  it("lets the holder upload once to that path, as the signer", async () => {
    const created = await files().createSignedUploadUrl("uploads/report.txt");
    expect(created.error).toBeNull();
    expect(created.data?.path).toBe("uploads/report.txt");
    const token = created.data?.token ?? "";
    const anon = stack.client().storage.from(bucket);
    const uploaded = await anon.uploadToSignedUrl("uploads/report.txt", token, "signed upload", {
      contentType: "text/plain",
    });
    expect(uploaded.error).toBeNull();
    expect(uploaded.data?.fullPath).toBe(`${bucket}/uploads/report.txt`);
    expect(await (await files().download("uploads/report.txt")).data?.text()).toBe("signed upload");

    const again = await anon.uploadToSignedUrl("uploads/report.txt", token, "twice", {
      contentType: "text/plain",
    });
    expect(again.error).toMatchObject({ statusCode: "409" });
  });

  it("replaces the object when the URL was made with upsert", async () => {
    const created = await files().createSignedUploadUrl("a.txt", { upsert: true });
    const anon = stack.client().storage.from(bucket);
    const uploaded = await anon.uploadToSignedUrl("a.txt", created.data?.token ?? "", "replaced", {
      contentType: "text/plain",
    });
    expect(uploaded.error).toBeNull();
    expect(await (await files().download("a.txt")).data?.text()).toBe("replaced");
  });

  it("refuses the token on another path", async () => {
    const created = await files().createSignedUploadUrl("uploads/one.txt");
    const anon = stack.client().storage.from(bucket);
    const wrong = await anon.uploadToSignedUrl("uploads/two.txt", created.data?.token ?? "", "x");
    expect(wrong.error).toMatchObject({ statusCode: "400", message: "Invalid signature" });
  });

  it("is only handed to a caller the bucket's policies let upload", async () => {
    const anon = stack.client().storage.from(bucket);
    const { error } = await anon.createSignedUploadUrl("uploads/anon.txt");
    expect(error).toMatchObject({
      statusCode: "403",
      message: "new row violates row-level security policy",
    });
  });
});
