// Resend's sending API (resend.com/docs/api-reference/emails): `POST /emails`, `POST /emails/batch`,
// `GET /emails/:id`, with Resend's idempotency rules: the same key and body replay the first answer
// and store nothing; the same key with another body is 409 `invalid_idempotent_request`.
import { createHash } from "node:crypto";
import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { ResendError } from "./errors";
import { drawFault, type FaultKind, type Faults } from "./faults";
import type { MessageStore, StoredMessage } from "./store";

const addresses = z
  .union([z.string().min(1), z.array(z.string().min(1))])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const emailSchema = z.object({
  from: z.string({ error: "Missing `from` field." }).min(1, "Missing `from` field."),
  to: addresses
    .refine((list) => list.length > 0, "Missing `to` field.")
    .refine((list) => list.length <= 50, "Too many recipients: `to` takes at most 50 addresses."),
  subject: z.string({ error: "Missing `subject` field." }),
  html: z.string().optional(),
  text: z.string().optional(),
  cc: addresses,
  bcc: addresses,
  reply_to: addresses,
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
});

type EmailInput = z.infer<typeof emailSchema>;

export interface ApiOptions {
  store: MessageStore;
  faults: () => Faults;
  /** Called after a message is stored (the webhook sender). */
  onStored: (message: StoredMessage) => void;
}

const MAX_BATCH = 100;

const plainAddress = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** `email@example.com` or `Name <email@example.com>`, as Resend accepts. */
function isAddress(value: string): boolean {
  const named = /^[^<>]*<([^<>]+)>$/.exec(value.trim());
  return plainAddress.test(named?.[1] ?? value.trim());
}

function parseEmail(value: unknown, prefix = ""): EmailInput {
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missing = issue?.message.startsWith("Missing");
    throw new ResendError(
      422,
      missing ? "missing_required_field" : "validation_error",
      `${prefix}${issue?.message ?? "Invalid email"}`,
    );
  }
  for (const field of ["to", "cc", "bcc", "reply_to"] as const) {
    const bad = parsed.data[field].find((address) => !isAddress(address));
    if (bad !== undefined) {
      throw new ResendError(
        422,
        "validation_error",
        `${prefix}Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
      );
    }
  }
  if (parsed.data.html === undefined && parsed.data.text === undefined) {
    throw new ResendError(422, "validation_error", `${prefix}Missing \`html\` or \`text\` field.`);
  }
  return parsed.data;
}

function requireApiKey(c: Context): void {
  const header = c.req.header("authorization") ?? "";
  const key = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!key) {
    throw new ResendError(401, "missing_api_key", "Missing API key in the authorization header");
  }
}

async function readJson(c: Context): Promise<{ text: string; value: unknown }> {
  const text = await c.req.text();
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    throw new ResendError(422, "validation_error", "Invalid JSON body");
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the API routes over a store.
 * @example app.route("/", resendApi({ store, faults: () => current, onStored }));
 */
export function resendApi(options: ApiOptions): Hono<{ Bindings: HttpBindings }> {
  const { store } = options;
  const app = new Hono<{ Bindings: HttpBindings }>();

  const send = async (
    c: Context<{ Bindings: HttpBindings }>,
    batch: boolean,
  ): Promise<Response> => {
    const key = c.req.header("idempotency-key") ?? null;
    const fault = drawFault(options.faults());
    let recorded = false;
    const record = (status: number, created: string[] = []) => {
      recorded = true;
      store.logRequest({
        at: Date.now(),
        path: c.req.path,
        idempotencyKey: key,
        fault,
        status,
        created,
      });
    };
    try {
      return await handleSend(c, batch, key, fault, record);
    } catch (error) {
      if (!recorded) {
        record(error instanceof ResendError ? error.statusCode : 500);
      }
      throw error;
    }
  };

  const handleSend = async (
    c: Context<{ Bindings: HttpBindings }>,
    batch: boolean,
    key: string | null,
    fault: FaultKind,
    record: (status: number, created?: string[]) => void,
  ): Promise<Response> => {
    if (fault === "error") {
      throw new ResendError(500, "internal_server_error", "An unexpected error occurred.");
    }
    if (fault === "rate_limit") {
      const retryAfter = String(options.faults().retryAfterSeconds);
      throw new ResendError(
        429,
        "rate_limit_exceeded",
        "Too many requests. You can only make 2 requests per second.",
        { "retry-after": retryAfter, "ratelimit-reset": retryAfter },
      );
    }
    requireApiKey(c);
    if (key !== null && (key.length === 0 || key.length > 256)) {
      throw new ResendError(400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
    }
    const body = await readJson(c);
    const inputs = batch ? parseBatch(body.value) : [parseEmail(body.value)];
    const fingerprint = createHash("sha256").update(`${c.req.path}\n${body.text}`).digest("hex");

    let answer: unknown;
    const created: string[] = [];
    const earlier = key ? store.reserveKey(key, fingerprint) : undefined;
    if (earlier) {
      if (earlier.fingerprint && earlier.fingerprint !== fingerprint) {
        throw new ResendError(
          409,
          "invalid_idempotent_request",
          "Same idempotency key used with a different request payload. Idempotency keys are single-use.",
        );
      }
      if (earlier.answer === undefined) {
        throw new ResendError(
          409,
          "concurrent_idempotent_requests",
          "Same idempotency key used while original request is still in progress.",
        );
      }
      answer = earlier.answer;
    } else {
      try {
        const messages: StoredMessage[] = [];
        for (const [index, input] of inputs.entries()) {
          messages.push(
            await store.add({
              ...input,
              html: input.html ?? null,
              text: input.text ?? null,
              headers: input.headers ?? {},
              tags: input.tags ?? [],
              idempotency_key: key,
              idempotency_fingerprint: key ? fingerprint : null,
              batch_index: batch ? index : null,
            }),
          );
        }
        created.push(...messages.map((message) => message.id));
        answer = batch
          ? { data: messages.map((message) => ({ id: message.id })) }
          : { id: messages[0]?.id };
        if (key) {
          store.completeKey(key, answer);
        }
        for (const message of messages) {
          options.onStored(message);
        }
      } catch (error) {
        if (key) {
          store.releaseKey(key);
        }
        throw error;
      }
    }

    // The message is kept either way: these faults model an answer lost after the provider
    // accepted the email, which only the idempotency key can keep from becoming a double.
    if (fault === "slow") {
      record(200, created);
      await sleep(options.faults().slowMs);
    } else if (fault === "drop") {
      record(0, created);
      c.env.incoming.socket.destroy();
      return new Response(null, { status: 500 });
    } else {
      record(200, created);
    }
    return c.json(answer);
  };

  app.post("/emails", (c) => send(c, false));
  app.post("/emails/batch", (c) => send(c, true));
  app.get("/emails/:id", (c) => {
    requireApiKey(c);
    const message = store.get(c.req.param("id"));
    if (!message) {
      throw new ResendError(404, "not_found", "Email not found");
    }
    return c.json(toResendEmail(message));
  });
  return app;
}

function parseBatch(value: unknown): EmailInput[] {
  if (!Array.isArray(value)) {
    throw new ResendError(422, "validation_error", "The batch body must be an array of emails.");
  }
  if (value.length === 0 || value.length > MAX_BATCH) {
    throw new ResendError(
      422,
      "validation_error",
      `A batch takes between 1 and ${MAX_BATCH} emails.`,
    );
  }
  return value.map((item, index) => parseEmail(item, `emails[${index}]: `));
}

/** The email object of `GET /emails/:id`. */
function toResendEmail(message: StoredMessage): Record<string, unknown> {
  return {
    object: "email",
    id: message.id,
    to: message.to,
    from: message.from,
    created_at: message.created_at,
    subject: message.subject,
    html: message.html,
    text: message.text,
    bcc: message.bcc.length > 0 ? message.bcc : null,
    cc: message.cc.length > 0 ? message.cc : null,
    reply_to: message.reply_to.length > 0 ? message.reply_to : null,
    last_event: message.last_event,
    scheduled_at: null,
    tags: message.tags,
  };
}
