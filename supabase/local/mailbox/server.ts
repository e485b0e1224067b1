// The local mailbox: Resend's API on its own port (what `RESEND_BASE_URL` points at), the pages,
// a small control API for tests (faults, request log, manual events), and the delivery webhooks.
import type { AddressInfo } from "node:net";
import { type HttpBindings, serve } from "@hono/node-server";
import { Hono } from "hono";
import { ResendError, renderError } from "./errors";
import { type Faults, faultsSchema, noFaults } from "./faults";
import { mailboxPages } from "./pages";
import { resendApi } from "./resend-api";
import { MessageStore, type RequestRecord, type StoredMessage } from "./store";
import {
  deliverWebhook,
  type EmailEventType,
  eventBody,
  eventFor,
  type WebhookTarget,
} from "./webhooks";

export interface MailboxOptions {
  /** 0 picks a free port (tests). */
  port: number;
  dir: string;
  webhook?: WebhookTarget;
  /** Pause before the automatic delivery event, so `sent` is observable first. */
  webhookDelayMs?: number;
  log?: (line: string) => void;
}

export interface Mailbox {
  /** `http://127.0.0.1:<port>`: use as `RESEND_BASE_URL`. */
  url: string;
  messages(): StoredMessage[];
  requests(): RequestRecord[];
  setFaults(faults: Partial<Faults>): void;
  /** Points the delivery webhooks somewhere (or nowhere) after start. */
  setWebhook(target: WebhookTarget | undefined): void;
  /** Sends an event for a message now (besides the automatic one). */
  sendEvent(id: string, type: EmailEventType): Promise<number | null>;
  /** Resolves when no webhook is in flight. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * @example const mailbox = await startMailbox({ port: 54324, dir: ".local/mailbox" });
 */
export async function startMailbox(options: MailboxOptions): Promise<Mailbox> {
  const log = options.log ?? (() => {});
  const store = await MessageStore.open(options.dir);
  let faults: Faults = noFaults;
  let webhook = options.webhook;
  const inFlight = new Set<Promise<unknown>>();

  const sendEvent = async (id: string, type: EmailEventType): Promise<number | null> => {
    const message = store.get(id);
    if (!message) {
      throw new ResendError(404, "not_found", "Email not found");
    }
    message.last_event = type.replace(/^email\./, "");
    if (!webhook) {
      await store.save(message);
      return null;
    }
    const result = await deliverWebhook(webhook, eventBody(type, message), { log });
    message.webhooks.push({ type, at: new Date().toISOString(), ...result });
    await store.save(message);
    return result.status;
  };

  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const onStored = (message: StoredMessage) => {
    log(`mailbox: ${message.subject} → ${message.to.join(", ")}`);
    if (!webhook) {
      return;
    }
    track(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, options.webhookDelayMs ?? 200));
        await sendEvent(message.id, eventFor(message));
      })().catch((error: unknown) => log(`mailbox: webhook failed: ${String(error)}`)),
    );
  };

  const app = new Hono<{ Bindings: HttpBindings }>();
  app.onError((error, c) => renderError(c, error, log));
  app.route("/", resendApi({ store, faults: () => faults, onStored }));
  app.route("/", mailboxPages(store));
  // Control API for tests and tools; not part of Resend's.
  app.get("/_mailbox/messages", (c) => c.json(store.list()));
  app.get("/_mailbox/requests", (c) => c.json(store.requests));
  app.get("/_mailbox/faults", (c) => c.json(faults));
  app.put("/_mailbox/faults", async (c) => {
    const parsed = faultsSchema.safeParse(await c.req.json());
    if (!parsed.success) {
      throw new ResendError(422, "validation_error", parsed.error.issues[0]?.message ?? "");
    }
    faults = parsed.data;
    return c.json(faults);
  });
  app.post("/_mailbox/messages/:id/events", async (c) => {
    const body = (await c.req.json()) as { type?: string };
    const type = body.type as EmailEventType;
    if (!["email.delivered", "email.bounced", "email.complained"].includes(type)) {
      throw new ResendError(
        422,
        "validation_error",
        "type must be email.delivered|bounced|complained",
      );
    }
    return c.json({ status: await sendEvent(c.req.param("id"), type) });
  });

  const server = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    messages: () => store.list(),
    requests: () => [...store.requests],
    setFaults(partial) {
      faults = faultsSchema.parse({ ...faults, ...partial });
    },
    setWebhook(target) {
      webhook = target;
    },
    sendEvent,
    async idle() {
      while (inFlight.size > 0) {
        await Promise.allSettled([...inFlight]);
      }
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) {
          server.closeAllConnections();
        }
      });
    },
  };
}
