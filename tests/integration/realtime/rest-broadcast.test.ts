// Broadcast over HTTP, as hosted Realtime takes it: realtime-js's `httpSend()` and a `send()`
// before the channel joins reach the topic's members (JSON to both protocol versions, bytes only
// to 2.0.0), a server's batch reaches each message's topic, and a bad token, a bad message or a
// wrong content type is refused with Realtime's status and body.
import type { RealtimeChannel } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { anonRealtimeForFile, joined, waitFor } from "./helpers";

const { stack, anonClient } = anonRealtimeForFile();

/** A joined channel on `topic` and the broadcasts it receives. */
async function listener(topic: string, vsn: "1.0.0" | "2.0.0" = "2.0.0") {
  const received: unknown[] = [];
  const channel = anonClient(vsn)
    .channel(topic)
    .on("broadcast", { event: "*" }, (message) => received.push(message));
  await joined(channel);
  return { channel, received };
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${stack.url}/realtime/v1/api/broadcast${path}`, {
    method: "POST",
    headers: { apikey: stack.keys.anonKey, "content-type": "application/json", ...headers },
    body,
  });
}

/** A server's batch, `{ messages }`, to POST /realtime/v1/api/broadcast. */
const postBatch = (messages: unknown[], headers: Record<string, string> = {}) =>
  post("", JSON.stringify({ messages }), headers);

describe("realtime-js over HTTP", () => {
  it("httpSend() reaches every member of the topic, in both protocol versions", async () => {
    const modern = await listener("http-room");
    const legacy = await listener("http-room", "1.0.0");
    const elsewhere = await listener("http-other");
    const sender = anonClient().channel("http-room");

    await expect(sender.httpSend("cursor", { x: 4 })).resolves.toEqual({ success: true });
    const expected = { type: "broadcast", event: "cursor", payload: { x: 4 } };
    await waitFor("both members to get it", () =>
      [modern.received, legacy.received].every((list) => list.length === 1),
    );
    expect(modern.received).toEqual([expected]);
    expect(legacy.received).toEqual([expected]);
    expect(elsewhere.received).toEqual([]);
  });

  it("send() on a channel that has not joined goes over HTTP and arrives", async () => {
    const member = await listener("unjoined-room");
    const unjoined: RealtimeChannel = anonClient().channel("unjoined-room");
    const status = await unjoined.send({ type: "broadcast", event: "ping", payload: { n: 1 } });
    expect(status).toBe("ok");
    await waitFor("the member to get it", () => member.received.length === 1);
    expect(member.received).toEqual([{ type: "broadcast", event: "ping", payload: { n: 1 } }]);
  });

  it("httpSend() with bytes reaches only 2.0.0 members, as bytes", async () => {
    const modern = await listener("bytes-room");
    const legacy = await listener("bytes-room", "1.0.0");
    const bytes = new Uint8Array([1, 2, 250]);
    await anonClient().channel("bytes-room").httpSend("blob", bytes.buffer);
    await waitFor("the 2.0.0 member to get it", () => modern.received.length === 1);
    const [message] = modern.received as { event: string; payload: ArrayBuffer }[];
    expect(message?.event).toBe("blob");
    expect([...new Uint8Array(message?.payload ?? new ArrayBuffer(0))]).toEqual([1, 2, 250]);
    // Give a wrongly sent frame time to arrive before asserting none did.
    await anonClient().channel("bytes-room").httpSend("after", { done: true });
    await waitFor("the 1.0.0 member to get the JSON one", () => legacy.received.length === 1);
    expect(legacy.received).toEqual([
      { type: "broadcast", event: "after", payload: { done: true } },
    ]);
  });
});

describe("POST /realtime/v1/api/broadcast", () => {
  it("delivers a server's batch to each message's topic with the service key", async () => {
    const one = await listener("batch-1");
    const two = await listener("batch-2");
    const response = await postBatch(
      [
        { topic: "batch-1", event: "a", payload: { n: 1 } },
        { topic: "batch-2", event: "b", payload: { n: 2 } },
        { topic: "batch-1", event: "c", payload: { n: 3 } },
      ],
      { authorization: `Bearer ${stack.keys.serviceRoleKey}` },
    );
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
    await waitFor(
      "both topics to get theirs",
      () => one.received.length === 2 && two.received.length === 1,
    );
    expect(one.received).toEqual([
      { type: "broadcast", event: "a", payload: { n: 1 } },
      { type: "broadcast", event: "c", payload: { n: 3 } },
    ]);
    expect(two.received).toEqual([{ type: "broadcast", event: "b", payload: { n: 2 } }]);
  });

  it("accepts a private message and delivers it to no public member", async () => {
    const member = await listener("private-room");
    const response = await postBatch([
      { topic: "private-room", event: "secret", payload: { n: 1 }, private: true },
      { topic: "private-room", event: "open", payload: { n: 2 } },
    ]);
    expect(response.status).toBe(202);
    await waitFor("the public one", () => member.received.length === 1);
    expect(member.received).toEqual([{ type: "broadcast", event: "open", payload: { n: 2 } }]);
  });

  it.each([
    ["no key at all", { apikey: "" }],
    ["a key signed with another secret", { apikey: "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.x" }],
    ["a bearer that does not verify", { authorization: "Bearer not-a-token" }],
  ])("refuses %s with 401 Unauthorized", async (_case, headers) => {
    const response = await postBatch([{ topic: "t", event: "e", payload: {} }], headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "Unauthorized" });
  });

  it("names what is missing in each message with 422, and sends none of the batch", async () => {
    const member = await listener("half-room");
    const response = await postBatch([
      { topic: "half-room", event: "ok", payload: {} },
      { topic: "half-room", payload: 5 },
    ]);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: { messages: [{}, { event: ["can't be blank"], payload: ["is invalid"] }] },
    });
    const empty = await postBatch([]);
    expect(empty.status).toBe(422);
    expect(await empty.json()).toEqual({ errors: { messages: ["can't be blank"] } });
    const malformed = await post("", "{");
    expect(malformed.status).toBe(400);
    expect(member.received).toEqual([]);
  });
});

describe("POST /realtime/v1/api/broadcast/<topic>/events/<event>", () => {
  it("refuses a body that is neither JSON nor bytes with 415, and a non-object JSON with 422", async () => {
    const text = await post("/room/events/e", "hello", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect(await text.json()).toHaveProperty("message");
    const list = await post("/room/events/e", "[1]");
    expect(list.status).toBe(422);
    expect(await list.json()).toEqual({ errors: { payload: ["is invalid"] } });
  });
});
