// A stack that stops and starts again on the same port and database: realtime-js reconnects by
// itself, rejoins its channel, and delivery resumes; the old replication slot is gone.
import type { SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeysFor, signJwt } from "../../../supabase/local/keys";
import { type LocalStack, startLocalStack } from "../../../supabase/local/stack";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { TEST_JWT_SECRET } from "../../support/stack";
import { clientWithToken, createWorld, insertProject, type World, waitFor, watch } from "./helpers";

let db: TestDatabase;
let superuser: postgres.Sql;
let world: World;
let stack: LocalStack | undefined;
let client: SupabaseClient | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  superuser = postgres(db.superuserUrl, { max: 1, onnotice: () => {} });
  world = await createWorld(superuser);
});
afterAll(async () => {
  await client?.removeAllChannels();
  await stack?.stop();
  await superuser.end();
  await db.drop();
});

const slots = () =>
  superuser<
    { slot_name: string }[]
  >`select slot_name from pg_replication_slots where database = current_database()`;

describe("after a restart", () => {
  it("realtime-js reconnects on its own and delivery resumes", async () => {
    const keys = await apiKeysFor(TEST_JWT_SECRET);
    const first = await startLocalStack({ port: 0, keys, databaseUrl: db.ownerUrl });
    stack = first;
    const port = Number(new URL(first.url).port);
    const token = await signJwt(
      TEST_JWT_SECRET,
      { sub: world.clientA, role: "authenticated" },
      3600,
    );
    client = clientWithToken(first.url, keys.anonKey, () => token);
    const watcher = await watch(client, "projects", { event: "INSERT" });
    await insertProject(db.owner, world.companyA, "Before");
    await waitFor("the first insert", () => watcher.changes.length === 1);
    expect((await slots()).length).toBe(1);

    await first.stop();
    stack = undefined;
    // Stopping waits until the temporary slot is gone, so the database could be dropped now.
    expect(await slots()).toEqual([]);
    stack = await startLocalStack({ port, keys, databaseUrl: db.ownerUrl });

    await waitFor(
      "the channel to rejoin",
      () => watcher.statuses.filter((status) => status === "SUBSCRIBED").length === 2,
      20_000,
    );
    await insertProject(db.owner, world.companyA, "After");
    await waitFor("the insert after the restart", () => watcher.changes.length === 2);
    expect(watcher.changes.map((change) => (change.new as { name: string }).name)).toEqual([
      "Before",
      "After",
    ]);
  }, 40_000);
});
