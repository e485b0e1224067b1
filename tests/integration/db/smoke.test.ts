import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("smoke", () => {
  it("has tables", async () => {
    const sql = postgres(db.ownerUrl, { max: 1 });
    const rows = await sql`select count(*)::int as n from pg_tables where schemaname = 'public'`;
    expect(rows[0]?.n).toBeGreaterThan(10);
    await sql.end();
  });
});
