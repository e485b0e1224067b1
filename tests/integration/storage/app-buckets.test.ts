// The buckets the migrations create are exactly those db/storage/buckets.ts describes, so the
// limits the apps check before an upload are the ones storage will enforce, and no public bucket
// can be listed by anyone but staff (its public URLs need no policy).
import { describe, expect, inject, it } from "vitest";
import { buckets } from "../../../db/storage/buckets";
import { asCaller, type Caller } from "../../support/as-role";
import { databaseForFile } from "../../support/database";

const world = inject("demoWorld");
const db = databaseForFile("atrium_seeded");

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

  const publicBuckets = Object.values(buckets)
    .filter((bucket) => bucket.public)
    .map((bucket) => bucket.id);
  const callers: [string, number, Caller][] = [
    ["anon", 0, { role: "anon" }],
    ["a client", 0, { role: "authenticated", sub: world.users.clientA }],
    ["the team", 1, { role: "authenticated", sub: world.users.team, aal: "aal2" }],
  ];

  it("has a public bucket to check", () => {
    expect(publicBuckets).toEqual(["public-media"]);
  });

  // Supabase's advisor 0025: a public bucket anon or every user may SELECT can be listed whole.
  it.each(callers)("lets %s see %i object of each public bucket", async (_, count, caller) => {
    for (const bucket of publicBuckets) {
      await db.owner`insert into storage.objects ${db.owner({ bucket_id: bucket, name: "probe.png" })}
        on conflict do nothing`;
      const seen = await asCaller(db.api, caller, async (tx) => {
        const [row] =
          await tx`select count(*)::int as n from storage.objects where bucket_id = ${bucket}`;
        return Number(row?.n);
      });
      expect(seen.ok ? seen.value : seen.error.message).toBe(count);
    }
  });
});
