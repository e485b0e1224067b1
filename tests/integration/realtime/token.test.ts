// Tokens over a channel's life: an expired token stops delivery (system error, then the channel
// closes, as Realtime does), a token refreshed with setAuth before expiry keeps it flowing.
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { signJwt } from "../../../supabase/local/keys";
import { TEST_JWT_SECRET } from "../../support/stack";
import { clientWithToken, insertProject, realtimeForFile, waitFor, watch } from "./helpers";

const clients: SupabaseClient[] = [];
const file = realtimeForFile(clients);

const tokenFor = (sub: string, seconds: number) =>
  signJwt(TEST_JWT_SECRET, { sub, role: "authenticated", aud: "authenticated" }, seconds);

/** The first status realtime-js reports for a subscription, with its error message. */
function firstStatus(client: SupabaseClient): Promise<{ status: string; message?: string }> {
  return new Promise((resolve) => {
    client
      .channel(`refused-${randomUUID()}`)
      .on("postgres_changes", { event: "*", schema: "public", table: "projects" }, () => {})
      .subscribe((status, error) => resolve({ status, message: error?.message }));
  });
}

describe("refused credentials, as realtime-js reports them", () => {
  it("gives CHANNEL_ERROR with Realtime's reason for a token signed with another secret", async () => {
    const forged = await signJwt(
      "another-secret-with-at-least-32-characters!",
      { role: "authenticated" },
      60,
    );
    const client = clientWithToken(file.stack.url, file.stack.keys.anonKey, () => forged);
    clients.push(client);
    await client.realtime.setAuth();
    expect(await firstStatus(client)).toEqual({
      status: "CHANNEL_ERROR",
      message: "JwtSignatureError: Failed to validate JWT signature",
    });
  });

  it("gives CHANNEL_ERROR when the socket's apikey is refused", async () => {
    const client = clientWithToken(file.stack.url, "not-a-valid-key", () => "not-a-valid-key");
    clients.push(client);
    expect((await firstStatus(client)).status).toBe("CHANNEL_ERROR");
    await client.realtime.disconnect();
  });
});

describe("access tokens", () => {
  it("stops delivery when the token expires and keeps it when setAuth refreshed it", async () => {
    const short = await tokenFor(file.world.clientA, 3);
    let refreshedToken = short;
    const stale = clientWithToken(file.stack.url, file.stack.keys.anonKey, () => short);
    const refreshed = clientWithToken(
      file.stack.url,
      file.stack.keys.anonKey,
      () => refreshedToken,
    );
    clients.push(stale, refreshed);
    const system: Array<Record<string, unknown>> = [];
    const staleWatch = await watch(stale, "projects", { event: "INSERT" });
    staleWatch.channel.on("system", {}, (payload: Record<string, unknown>) => system.push(payload));
    const freshWatch = await watch(refreshed, "projects", { event: "INSERT" });

    refreshedToken = await tokenFor(file.world.clientA, 3600);
    await refreshed.realtime.setAuth(refreshedToken);

    await waitFor("the stale channel to close", () => staleWatch.statuses.includes("CLOSED"));
    expect(system).toContainEqual(
      expect.objectContaining({
        extension: "system",
        status: "error",
        message: expect.stringMatching(/^Token has expired \d+ seconds ago$/),
      }),
    );

    const id = await insertProject(file.stack.db.owner, file.world.companyA, "After expiry");
    await waitFor("the refreshed channel to get the insert", () => freshWatch.changes.length === 1);
    expect(freshWatch.changes[0]?.new).toMatchObject({ id, name: "After expiry" });
    expect(staleWatch.changes).toEqual([]);
    expect(freshWatch.statuses).toEqual(["SUBSCRIBED"]);
  });

  it("ends the channel when access_token sends a token that does not verify", async () => {
    const token = await tokenFor(file.world.clientA, 3600);
    const client = clientWithToken(file.stack.url, file.stack.keys.anonKey, () => token);
    clients.push(client);
    const watcher = await watch(client, "projects");
    const forged = await signJwt(
      "some-other-secret-with-32-characters-at-least",
      { role: "service_role" },
      3600,
    );
    await client.realtime.setAuth(forged);
    await waitFor("the channel to close", () => watcher.statuses.includes("CLOSED"));
    await insertProject(file.stack.db.owner, file.world.companyA, "Unseen");
    // A second subscriber proves the change went out before we look.
    const witness = clientWithToken(file.stack.url, file.stack.keys.anonKey, () => token);
    clients.push(witness);
    const witnessWatch = await watch(witness, "projects");
    await insertProject(file.stack.db.owner, file.world.companyA, "Seen");
    await waitFor("the witness to see the second insert", () => witnessWatch.changes.length === 1);
    expect(watcher.changes).toEqual([]);
  });
});
