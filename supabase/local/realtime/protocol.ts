// Phoenix channel frames as realtime-js sends and reads them: vsn 1.0.0 JSON objects, vsn 2.0.0
// JSON arrays `[join_ref, ref, topic, event, payload]`, and 2.0.0's binary user broadcasts
// (realtime-js `lib/serializer.ts`: kind 3 from the client, kind 4 to it).

export type Vsn = "1.0.0" | "2.0.0";

export interface Frame {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: unknown;
}

/** A user broadcast whose payload is raw bytes (encoding 0), kept binary end to end. */
export interface BinaryPayload {
  type: "broadcast";
  event: string;
  binary: Buffer;
}

/**
 * A `postgres_changes` payload whose `data` was serialised once for every receiver of the
 * change; only `ids` differ per channel.
 */
export class ChangePayload {
  constructor(
    readonly ids: number[],
    readonly dataJson: string,
  ) {}

  toJSON(): unknown {
    return { ids: this.ids, data: JSON.parse(this.dataJson) as unknown };
  }
}

const KIND_PUSH = 3;
const KIND_BROADCAST = 4;
const ENCODING_BINARY = 0;
const ENCODING_JSON = 1;

const asRef = (value: unknown): string | null =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : null;

export function isBinaryPayload(payload: unknown): payload is BinaryPayload {
  return (
    typeof payload === "object" &&
    payload !== null &&
    Buffer.isBuffer((payload as { binary?: unknown }).binary)
  );
}

function decodeBinaryPush(data: Buffer): Frame | null {
  if (data.length < 7 || data[0] !== KIND_PUSH) {
    return null;
  }
  const lengths = [data[1], data[2], data[3], data[4], data[5]].map((length) => length ?? 0);
  const encoding = data[6];
  let offset = 7;
  const [joinRef, ref, topic, event, metadata] = lengths.map((length) => {
    const text = data.toString("utf8", offset, offset + length);
    offset += length;
    return text;
  });
  const body = data.subarray(offset);
  let payload: unknown;
  if (encoding === ENCODING_JSON) {
    payload = { type: "broadcast", event, payload: JSON.parse(body.toString("utf8")) as unknown };
  } else {
    payload = { type: "broadcast", event: event ?? "", binary: Buffer.from(body) };
  }
  if (metadata) {
    Object.assign(payload as object, { meta: JSON.parse(metadata) as unknown });
  }
  return {
    joinRef: joinRef || null,
    ref: ref || null,
    topic: topic ?? "",
    event: "broadcast",
    payload,
  };
}

/**
 * Parses one WebSocket message; null when it is no frame at all (the socket ignores it).
 * @example decodeFrame('["1","1","realtime:room","phx_join",{}]', false, "2.0.0")
 */
export function decodeFrame(data: Buffer | string, isBinary: boolean, vsn: Vsn): Frame | null {
  try {
    if (isBinary) {
      return vsn === "2.0.0" ? decodeBinaryPush(Buffer.from(data)) : null;
    }
    const parsed = JSON.parse(data.toString()) as unknown;
    if (vsn === "2.0.0") {
      if (!Array.isArray(parsed) || parsed.length !== 5 || typeof parsed[2] !== "string") {
        return null;
      }
      const [joinRef, ref, topic, event, payload] = parsed as unknown[];
      return typeof event === "string"
        ? { joinRef: asRef(joinRef), ref: asRef(ref), topic: String(topic), event, payload }
        : null;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return null;
    }
    const object = parsed as Record<string, unknown>;
    if (typeof object.topic !== "string" || typeof object.event !== "string") {
      return null;
    }
    return {
      joinRef: asRef(object.join_ref),
      ref: asRef(object.ref),
      topic: object.topic,
      event: object.event,
      payload: object.payload ?? {},
    };
  } catch {
    return null;
  }
}

function encodeBinaryBroadcast(topic: string, payload: BinaryPayload): Buffer {
  const topicBytes = Buffer.from(topic);
  const eventBytes = Buffer.from(payload.event);
  const header = Buffer.from([
    KIND_BROADCAST,
    topicBytes.length,
    eventBytes.length,
    0,
    ENCODING_BINARY,
  ]);
  return Buffer.concat([header, topicBytes, eventBytes, payload.binary]);
}

/**
 * Serialises a frame for the socket's protocol version.
 * @example encodeFrame({ joinRef: null, ref: "3", topic: "phoenix", event: "phx_reply", payload }, "1.0.0")
 */
export function encodeFrame(frame: Frame, vsn: Vsn): string | Buffer {
  if (isBinaryPayload(frame.payload)) {
    return encodeBinaryBroadcast(frame.topic, frame.payload);
  }
  if (frame.payload instanceof ChangePayload) {
    const payload = `{"ids":${JSON.stringify(frame.payload.ids)},"data":${frame.payload.dataJson}}`;
    const [joinRef, ref, topic, event] = [frame.joinRef, frame.ref, frame.topic, frame.event].map(
      (value) => JSON.stringify(value),
    );
    return vsn === "2.0.0"
      ? `[${joinRef},${ref},${topic},${event},${payload}]`
      : `{"topic":${topic},"event":${event},"payload":${payload},"ref":${ref},"join_ref":${joinRef}}`;
  }
  if (vsn === "2.0.0") {
    return JSON.stringify([frame.joinRef, frame.ref, frame.topic, frame.event, frame.payload]);
  }
  return JSON.stringify({
    topic: frame.topic,
    event: frame.event,
    payload: frame.payload,
    ref: frame.ref,
    join_ref: frame.joinRef,
  });
}

/** Reply to a push: `phx_reply` with the push's refs. */
export function reply(
  request: Frame,
  status: "ok" | "error",
  response: Record<string, unknown>,
): Frame {
  return {
    joinRef: request.joinRef,
    ref: request.ref,
    topic: request.topic,
    event: "phx_reply",
    payload: { status, response },
  };
}
