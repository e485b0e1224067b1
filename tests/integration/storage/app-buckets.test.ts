// The buckets the migrations create are exactly those db/storage/buckets.ts describes, so the
// limits the apps check before an upload are the ones storage will enforce.
import { describe, expect, it } from "vitest";
import { buckets } from "../../../db/storage/buckets";
import { databaseForFile } from "../../support/database";

const db = databaseForFile();

describe("app buckets", () => {
  it("storage.buckets holds the rows db/storage/buckets.ts declares", async () => {
    const rows = await db.owner<
      {
        id: string;
        public: boolean;
        file_size_limit: string | null;
        allowed_mime_types: string[] | null;
      }[]
    >`select id, public, file_size_limit, allowed_mime_types from storage.buckets order by id`;
    const actual = rows.map((row) => ({
      id: row.id,
      public: row.public,
      fileSizeLimit: Number(row.file_size_limit),
      allowedMimeTypes: row.allowed_mime_types ?? [],
    }));
    const declared = Object.values(buckets)
      .map((bucket) => ({ ...bucket, allowedMimeTypes: [...bucket.allowedMimeTypes] }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(actual).toEqual(declared);
  });
});
