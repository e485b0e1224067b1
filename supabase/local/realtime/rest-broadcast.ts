// Broadcast from HTTP, as hosted Realtime serves it: `POST /api/broadcast` takes a batch
// `{messages: [{topic, event, payload, private?}]}` (what realtime-js's `send()` uses before the
// channel has joined, and what servers call), and `POST /api/broadcast/<topic>/events/<event>`
// takes one payload as the body, JSON or raw bytes (`httpSend()`). Both answer 202 with no body.
// The token is the bearer, else the apikey, and must verify (401 `{"message":"Unauthorized"}`,
// Realtime's AuthTenant). Private channels are refused at join here, so a private message has
// no member it could reach: it is accepted and goes nowhere, as an unauthorised one does there.
import type { Context, Hono } from "hono";
import { verifyToken } from "./auth";
import type { Topics } from "./topics";

export interface RestBroadcastContext {
  jwtSecret: string;
  topics: Topics;
  /** The apikey or bearer value as a JWT (opaque `sb_` keys stand for their JWTs). */
  asJwt(value: string): string;
}

/** Realtime caps a tenant's message size (3,000 KB by default); the socket here takes 10 MB. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

type MessageErrors = Partial<Record<"topic" | "event" | "payload", string[]>>;

interface Message {
  topic: string;
  event: string;
  payload: object;
  isPrivate: boolean;
}

const blank = ["can't be blank"];

function tokenOf(c: Context): string | null {
  const authorization = c.req.header("authorization") ?? "";
  const [scheme, value] = authorization.split(" ");
  if (scheme?.toLowerCase() === "bearer" && value) {
    return value;
  }
  return c.req.header("apikey") || null;
}

/** One batch entry checked as Realtime's changeset does: topic, event and payload required. */
function checkMessage(entry: unknown): { message?: Message; errors: MessageErrors } {
  const fields = (typeof entry === "object" && entry !== null ? entry : {}) as Record<
    string,
    unknown
  >;
  const errors: MessageErrors = {};
  const { topic, event, payload } = fields;
  if (typeof topic !== "string" || topic === "") {
    errors.topic = blank;
  }
  if (typeof event !== "string" || event === "") {
    errors.event = blank;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    errors.payload = payload === undefined || payload === null ? blank : ["is invalid"];
  }
  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    message: {
      topic: topic as string,
      event: event as string,
      payload: payload as object,
      isPrivate: fields.private === true,
    },
    errors,
  };
}

/** Why the request may not broadcast, as a response; null when it may. */
async function refusal(c: Context, context: RestBroadcastContext): Promise<Response | null> {
  const token = tokenOf(c);
  const verified = token ? await verifyToken(context.jwtSecret, context.asJwt(token)) : null;
  if (!verified?.ok) {
    return c.json({ message: "Unauthorized" }, 401);
  }
  if (Number(c.req.header("content-length") ?? 0) > MAX_BODY_BYTES) {
    return c.json({ message: "Payload too large" }, 413);
  }
  return null;
}

async function jsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(await c.req.text()) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Adds the two broadcast routes to Realtime's HTTP app.
 * @example addRestBroadcast(app, { jwtSecret, topics, asJwt })
 */
export function addRestBroadcast(app: Hono, context: RestBroadcastContext): void {
  const deliver = ({ topic, event, payload, isPrivate }: Message) => {
    if (!isPrivate) {
      context.topics.publish(`realtime:${topic}`, { type: "broadcast", event, payload });
    }
  };

  app.post("/api/broadcast", async (c) => {
    const refused = await refusal(c, context);
    if (refused) {
      return refused;
    }
    const body = await jsonBody(c);
    if (!body.ok) {
      return c.json({ message: "Malformed JSON body" }, 400);
    }
    const entries = (body.value as { messages?: unknown } | null)?.messages;
    if (!Array.isArray(entries) || entries.length === 0) {
      return c.json({ errors: { messages: blank } }, 422);
    }
    const checked = entries.map(checkMessage);
    if (checked.some((entry) => !entry.message)) {
      return c.json({ errors: { messages: checked.map((entry) => entry.errors) } }, 422);
    }
    for (const entry of checked) {
      if (entry.message) {
        deliver(entry.message);
      }
    }
    return c.body(null, 202);
  });

  app.post("/api/broadcast/:topic/events/:event", async (c) => {
    const refused = await refusal(c, context);
    if (refused) {
      return refused;
    }
    const topic = c.req.param("topic");
    const event = c.req.param("event");
    const isPrivate = c.req.query("private") === "true";
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type === "application/octet-stream") {
      const binary = Buffer.from(await c.req.arrayBuffer());
      if (!isPrivate) {
        context.topics.publish(`realtime:${topic}`, { type: "broadcast", event, binary });
      }
      return c.body(null, 202);
    }
    if (type !== "application/json") {
      return c.json(
        { message: "Content-Type must be application/json or application/octet-stream" },
        415,
      );
    }
    const body = await jsonBody(c);
    if (!body.ok) {
      return c.json({ message: "Malformed JSON body" }, 400);
    }
    const { message, errors } = checkMessage({
      topic,
      event,
      payload: body.value,
      private: isPrivate,
    });
    if (!message) {
      return c.json({ errors }, 422);
    }
    deliver(message);
    return c.body(null, 202);
  });
}
