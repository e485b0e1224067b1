// Broadcast and Presence between clients on the same topic, both protocol versions, through
// the real realtime-js: `self` and `ack` honoured, presence state, joins and leaves.
import type { RealtimeChannel } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { anonRealtimeForFile, joined, waitFor } from "./helpers";

const { anonClient } = anonRealtimeForFile();

describe("broadcast", () => {
  it("relays messages to the topic's other members, to the sender only with self, acked with ack", async () => {
    const received: Record<string, unknown[]> = {
      sender: [],
      binaryPeer: [],
      jsonPeer: [],
      other: [],
    };
    const sender = anonClient()
      .channel("room-1", { config: { broadcast: { self: true, ack: true } } })
      .on("broadcast", { event: "cursor" }, (message) => received.sender?.push(message));
    const binaryPeer = anonClient()
      .channel("room-1")
      .on("broadcast", { event: "cursor" }, (message) => received.binaryPeer?.push(message));
    const jsonPeer = anonClient("1.0.0")
      .channel("room-1")
      .on("broadcast", { event: "cursor" }, (message) => received.jsonPeer?.push(message));
    const other = anonClient()
      .channel("room-2")
      .on("broadcast", { event: "cursor" }, (message) => received.other?.push(message));
    await Promise.all([sender, binaryPeer, jsonPeer, other].map(joined));

    const status = await sender.send({
      type: "broadcast",
      event: "cursor",
      payload: { x: 1, y: 2 },
    });
    expect(status).toBe("ok");
    const expected = { type: "broadcast", event: "cursor", payload: { x: 1, y: 2 } };
    await waitFor("every room-1 member to get the message", () =>
      [received.sender, received.binaryPeer, received.jsonPeer].every((list) => list?.length === 1),
    );
    expect(received.sender).toEqual([expected]);
    expect(received.binaryPeer).toEqual([expected]);
    expect(received.jsonPeer).toEqual([expected]);

    // From a 1.0.0 client without self: the others get it, the sender does not.
    await jsonPeer.send({ type: "broadcast", event: "cursor", payload: { x: 3 } });
    await waitFor(
      "the 2.0.0 members to get the second message",
      () => received.sender?.length === 2 && received.binaryPeer?.length === 2,
    );
    expect(received.binaryPeer?.[1]).toEqual({
      type: "broadcast",
      event: "cursor",
      payload: { x: 3 },
    });
    expect(received.jsonPeer).toHaveLength(1);
    expect(received.other).toEqual([]);
  });
});

describe("presence", () => {
  it("shares tracked state, joins and leaves between clients", async () => {
    const alice = anonClient().channel("lobby", { config: { presence: { key: "alice" } } });
    const bob = anonClient("1.0.0").channel("lobby", { config: { presence: { key: "bob" } } });
    const leaves: string[] = [];
    alice.on("presence", { event: "sync" }, () => {});
    alice.on("presence", { event: "leave" }, ({ key }) => leaves.push(key));
    bob.on("presence", { event: "sync" }, () => {});
    await Promise.all([joined(alice), joined(bob)]);

    expect(await alice.track({ name: "Alice" })).toBe("ok");
    expect(await bob.track({ name: "Bob" })).toBe("ok");
    const names = (channel: RealtimeChannel) =>
      Object.entries(channel.presenceState())
        .map(
          ([key, metas]) =>
            `${key}:${(metas as Array<{ name?: string }>).map((meta) => meta.name).join()}`,
        )
        .sort();
    await waitFor("both to see both", () => names(alice).length === 2 && names(bob).length === 2);
    expect(names(alice)).toEqual(["alice:Alice", "bob:Bob"]);
    expect(names(bob)).toEqual(["alice:Alice", "bob:Bob"]);
    expect(alice.presenceState().bob?.[0]).toHaveProperty("presence_ref");

    // A second track replaces the meta rather than adding one.
    await bob.track({ name: "Bobby" });
    await waitFor("alice to see the new meta", () => names(alice).includes("bob:Bobby"));
    expect(names(alice)).toEqual(["alice:Alice", "bob:Bobby"]);

    await bob.untrack();
    await waitFor("alice to see bob leave", () => names(alice).length === 1);
    expect(names(alice)).toEqual(["alice:Alice"]);
    expect(leaves).toContain("bob");

    await bob.track({ name: "Bob again" });
    await waitFor("bob back", () => names(alice).length === 2);
    await bob.unsubscribe();
    await waitFor("bob gone when his channel leaves", () => names(alice).length === 1);
    expect(names(alice)).toEqual(["alice:Alice"]);
  });
});
