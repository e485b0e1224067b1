// The change source on its own: rows from plain SQL arrive decoded and in commit order, and a
// login that may not replicate is refused with Postgres's reason instead of hanging.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChangeSource, type RowChange } from "../../../supabase/local/realtime/changes";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { waitFor } from "./helpers";

let db: TestDatabase;

/** As the service does: the database can only be dropped once the slot is gone. */
const slotGone = (slot: string) =>
  waitFor("the slot to be dropped", async () => {
    const rows = await db.owner`select 1 from pg_replication_slots where slot_name = ${slot}`;
    return rows.length === 0;
  });

beforeAll(async () => {
  db = await createTestDatabase();
  await db.owner`create table public.rt_notes (id int primary key, body text, tags text[])`;
  await db.owner`alter publication supabase_realtime add table public.rt_notes`;
});
afterAll(() => db.drop());

/** A change source on the test database that keeps every change it hears, in order. */
function recordingSource() {
  const seen: RowChange[] = [];
  const source = createChangeSource({
    databaseUrl: db.ownerUrl,
    onChange: (change) => seen.push(change),
    log: () => {},
    afterStop: slotGone,
  });
  return { seen, source };
}

describe("the change source", () => {
  it("decodes inserts, updates and deletes of published tables in commit order", async () => {
    const { seen, source } = recordingSource();
    try {
      await source.start();
      await db.owner`insert into public.rt_notes values (1, 'a', '{x,"y z"}')`;
      await db.owner.begin(async (tx) => {
        await tx`update public.rt_notes set body = 'b' where id = 1`;
        await tx`insert into public.rt_notes values (2, null, null)`;
      });
      await db.owner`delete from public.rt_notes where id = 1`;
      await waitFor("four changes", () => seen.length === 4);
      expect(seen.map((change) => [change.type, change.record, change.old])).toEqual([
        ["INSERT", { id: "1", body: "a", tags: '{x,"y z"}' }, null],
        ["UPDATE", { id: "1", body: "b", tags: '{x,"y z"}' }, null],
        ["INSERT", { id: "2", body: null, tags: null }, null],
        // Default replica identity: only the key of the deleted row.
        ["DELETE", null, { id: "1" }],
      ]);
      expect(seen[1]?.commitTime).toEqual(seen[2]?.commitTime);
      expect(seen[0]?.relation).toMatchObject({ schema: "public", table: "rt_notes" });
    } finally {
      await source.close();
    }
  });

  it("reconnects by itself when Postgres ends its replication connection", async () => {
    const { seen, source } = recordingSource();
    const superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await source.start();
      const [killed] = await superuser<{ n: number }[]>`
        select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
        where backend_type = 'walsender' and application_name = 'atrium-realtime'
          and datname = current_database()`;
      expect(killed?.n).toBe(1);
      await waitFor("the stream to drop", () => !source.isStreaming);
      await waitFor("the stream to come back", () => source.isStreaming, 15_000);
      await db.owner`insert into public.rt_notes values (10, 'after', null)`;
      await waitFor("the insert after the reconnect", () => seen.length === 1);
      expect(seen[0]?.record).toMatchObject({ id: "10", body: "after" });
    } finally {
      await superuser.end();
      await source.close();
    }
  });

  it("refuses a login without REPLICATION with Postgres's reason", async () => {
    const source = createChangeSource({
      databaseUrl: db.authenticatorUrl,
      onChange: () => {},
      log: () => {},
    });
    try {
      await expect(source.start()).rejects.toThrow(/permission denied|replication/i);
      expect(source.isStreaming).toBe(false);
    } finally {
      await source.close();
    }
  });
});
