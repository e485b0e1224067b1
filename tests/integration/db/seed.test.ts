// The demo data is deterministic: seeding two fresh databases gives the same rows in every table,
// once what the database itself makes up (generated ids, clock times, password salts) is set aside.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../supabase/seed/demo-data";
import { createTestDatabase, type TestDatabase } from "../../support/database";

/** Column types whose values come from gen_random_uuid() or now(), not from the seed. */
const madeUpTypes = ["uuid", "timestamp with time zone", "timestamp without time zone"];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:\d{2})?)?/g;

/** Per public table: the row count and a checksum of its sorted, normalised rows. */
async function checksums(db: TestDatabase): Promise<Record<string, string>> {
  const columns = await db.owner<{ table: string; column: string }[]>`
    select c.table_name as table, c.column_name as column
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.data_type <> all(${madeUpTypes})
    order by c.table_name, c.ordinal_position`;
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) {
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  const result: Record<string, string> = {};
  for (const [table, names] of byTable) {
    const rows = await db.owner`select ${db.owner(names)} from ${db.owner(table)}`;
    // Ids and times also appear inside text and JSON (storage paths, email payloads).
    const lines = rows
      .map((row) => JSON.stringify(row).replace(UUID, "<uuid>").replace(TIME, "<time>"))
      .sort();
    const hash = createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
    result[table] = `${rows.length} rows ${hash}`;
  }
  return result;
}

let first: TestDatabase;
let second: TestDatabase;
beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([first?.drop(), second?.drop()]);
});

describe("seedDemoData", () => {
  it("seeds the same rows twice from scratch", async () => {
    await seedDemoData(first.owner);
    await seedDemoData(second.owner);
    const [a, b] = [await checksums(first), await checksums(second)];
    expect(a).toEqual(b);
    // Every domain the seed covers has rows, so an empty seed cannot pass as deterministic.
    for (const table of ["profiles", "companies", "contacts", "signup_requests", "projects"]) {
      expect(a[table]).not.toMatch(/^0 rows/);
    }
    for (const table of ["tasks", "notes", "products", "beta_builds", "pages", "notifications"]) {
      expect(a[table]).not.toMatch(/^0 rows/);
    }
  });
});
