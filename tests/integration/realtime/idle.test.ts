// The change stream costs nothing while nobody listens: no slot before the first
// postgres_changes join, and the slot goes again once no channel has listened for a while.
import type { SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../../support/stack";
import { clientWithToken, createWorld, insertProject, type World, waitFor, watch } from "./helpers";

let stack: TestStack;
let superuser: postgres.Sql;
let world: World;
let client: SupabaseClient;

const slots = async () =>
  (
    await superuser<{ n: number }[]>`select count(*)::int as n from pg_replication_slots
      where database = current_database()`
  )[0]?.n;

beforeAll(async () => {
  stack = await startTestStack({ env: { REALTIME_IDLE_STOP_MS: "300" } });
  superuser = postgres(stack.db.superuserUrl, { max: 1, onnotice: () => {} });
  world = await createWorld(superuser);
  const token = await stack.userToken(world.clientA);
  client = clientWithToken(stack.url, stack.keys.anonKey, () => token);
});
afterAll(async () => {
  await client.removeAllChannels();
  await superuser.end();
  await stack.stop();
});

describe("the change stream", () => {
  it("holds no slot until a join needs one, drops it when idle, and makes a new one on demand", async () => {
    expect(await slots()).toBe(0);
    const first = await watch(client, "projects", { event: "INSERT" });
    expect(await slots()).toBe(1);
    await client.removeChannel(first.channel);
    await waitFor("the idle slot to go", async () => (await slots()) === 0);

    const second = await watch(client, "projects", { event: "INSERT" });
    expect(await slots()).toBe(1);
    const id = await insertProject(stack.db.owner, world.companyA, "Again");
    await waitFor("the insert on the new slot", () => second.changes.length === 1);
    expect(second.changes[0]?.new).toMatchObject({ id, name: "Again" });
  });
});
