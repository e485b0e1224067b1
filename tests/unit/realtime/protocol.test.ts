// Phoenix frames in both serialisations, and realtime-js's binary user broadcasts.
import Serializer from "@supabase/realtime-js/dist/module/lib/serializer.js";
import { describe, expect, it } from "vitest";
import { ChangePayload, decodeFrame, encodeFrame } from "../../../supabase/local/realtime/protocol";

describe("frames", () => {
  it("reads and writes vsn 1.0.0 objects and vsn 2.0.0 arrays", () => {
    const frame = {
      joinRef: "1",
      ref: "2",
      topic: "realtime:a",
      event: "phx_join",
      payload: { x: 1 },
    };
    for (const vsn of ["1.0.0", "2.0.0"] as const) {
      const text = encodeFrame(frame, vsn);
      expect(decodeFrame(String(text), false, vsn)).toEqual(frame);
    }
    expect(JSON.parse(String(encodeFrame(frame, "2.0.0")))).toEqual([
      "1",
      "2",
      "realtime:a",
      "phx_join",
      { x: 1 },
    ]);
  });

  it("writes a change serialised once as the same JSON a plain payload would give", () => {
    const data = { schema: "public", table: "t", record: { id: 1, note: 'say "hi"' } };
    const shared = new ChangePayload([7, 9], JSON.stringify(data));
    for (const vsn of ["1.0.0", "2.0.0"] as const) {
      const base = { joinRef: "1", ref: null, topic: "realtime:a", event: "postgres_changes" };
      expect(JSON.parse(String(encodeFrame({ ...base, payload: shared }, vsn)))).toEqual(
        JSON.parse(String(encodeFrame({ ...base, payload: { ids: [7, 9], data } }, vsn))),
      );
    }
  });

  it("ignores what is not a frame", () => {
    expect(decodeFrame("not json", false, "1.0.0")).toBeNull();
    expect(decodeFrame("[1,2]", false, "2.0.0")).toBeNull();
    expect(decodeFrame(Buffer.from([9, 9]), true, "2.0.0")).toBeNull();
  });

  it("decodes realtime-js's binary broadcast push and encodes a broadcast it can read", () => {
    const serializer = new Serializer();
    let pushed: unknown;
    serializer.encode(
      {
        join_ref: "1",
        ref: "3",
        topic: "realtime:room",
        event: "broadcast",
        payload: { type: "broadcast", event: "cursor", payload: { x: 1 } },
      },
      (result: ArrayBuffer | string) => {
        pushed = result;
      },
    );
    const frame = decodeFrame(Buffer.from(pushed as ArrayBuffer), true, "2.0.0");
    expect(frame).toEqual({
      joinRef: "1",
      ref: "3",
      topic: "realtime:room",
      event: "broadcast",
      payload: { type: "broadcast", event: "cursor", payload: { x: 1 } },
    });
    const binary = encodeFrame(
      {
        joinRef: null,
        ref: null,
        topic: "realtime:room",
        event: "broadcast",
        payload: { type: "broadcast", event: "raw", binary: Buffer.from([1, 2, 3]) },
      },
      "2.0.0",
    ) as Buffer;
    const bytes = new ArrayBuffer(binary.length);
    new Uint8Array(bytes).set(binary);
    let decoded: { topic?: string; payload?: { event: string; payload: ArrayBuffer } } = {};
    serializer.decode(bytes, (result: typeof decoded) => {
      decoded = result;
    });
    expect(decoded.topic).toBe("realtime:room");
    expect(decoded.payload?.event).toBe("raw");
    expect([...new Uint8Array(decoded.payload?.payload ?? new ArrayBuffer(0))]).toEqual([1, 2, 3]);
  });
});
