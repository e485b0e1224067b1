// Keys and bucket names as the storage service accepts them, and byte ranges it serves.
import { describe, expect, it } from "vitest";
import { parseRange } from "../../../supabase/local/storage/download";
import {
  assertBucketName,
  assertKey,
  bucketAndKey,
  hasDotSegment,
} from "../../../supabase/local/storage/paths";

describe("object keys", () => {
  it.each(["a.txt", "folder/sub/file name (1).png", "ünïcödé/ファイル.txt", "a..b/c"])(
    "accepts %s",
    (key) => {
      expect(assertKey(key)).toBe(key);
    },
  );

  it.each(["", "../x", "a/../b", "a/./b", "/abs", "a//b", "a/", "a\\b", "a\u0000b", "%2e"])(
    "refuses %j",
    (key) => {
      expect(() => assertKey(key)).toThrow(expect.objectContaining({ code: "InvalidKey" }));
    },
  );

  it("decodes each part once, so encoded traversal is seen and refused", () => {
    expect(bucketAndKey("docs/a%20b/c.txt")).toEqual({ bucket: "docs", key: "a b/c.txt" });
    expect(() => bucketAndKey("docs/a/%2e%2e%2fescape")).toThrow(
      expect.objectContaining({ code: "InvalidKey" }),
    );
    expect(() => bucketAndKey("docs/%E0%A4%A")).toThrow(
      expect.objectContaining({ code: "InvalidKey" }),
    );
  });

  it("spots dot segments in a raw request line, encoded or not", () => {
    expect(hasDotSegment("/storage/v1/object/b/a/../c")).toBe(true);
    expect(hasDotSegment("/storage/v1/object/b/%2E%2e/c")).toBe(true);
    expect(hasDotSegment("/storage/v1/object/b/a..b/c?x=../")).toBe(false);
  });
});

describe("bucket names", () => {
  it("accepts storage-api's characters and refuses dots-only and slashes", () => {
    expect(assertBucketName("beta-builds")).toBe("beta-builds");
    for (const name of [".", "..", "a/b", "", "x".repeat(101)]) {
      expect(() => assertBucketName(name)).toThrow(
        expect.objectContaining({ code: "InvalidBucketName" }),
      );
    }
  });
});

describe("parseRange", () => {
  it.each([
    [undefined, null],
    ["bytes=0-4", [0, 4]],
    ["bytes=5-", [5, 9]],
    ["bytes=-3", [7, 9]],
    ["bytes=8-100", [8, 9]],
    ["bytes=10-12", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=0-1,4-5", null],
    ["items=0-1", null],
  ] as const)("reads %s of a 10-byte object as %j", (header, expected) => {
    expect(parseRange(header, 10)).toEqual(expected);
  });
});
