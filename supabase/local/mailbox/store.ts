// The mailbox's messages: kept in memory and one JSON file each under the mailbox directory, so
// `npm run dev` shows earlier mail after a restart. Also remembers idempotency keys, as Resend does
// for 24 hours, and logs every API request (faulted or not) for tests to inspect.
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** An event sent (or attempted) to the webhook URL for a message. */
export interface WebhookDelivery {
  type: string;
  at: string;
  status: number | null;
  attempts: number;
}

export interface StoredMessage {
  object: "email";
  id: string;
  created_at: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  reply_to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  tags: { name: string; value: string }[];
  last_event: string;
  idempotency_key: string | null;
  /** Hash of the request that created it, to tell a replay from a reuse of its key after a restart. */
  idempotency_fingerprint: string | null;
  /** Position in a `/emails/batch` call, or null for `/emails`. */
  batch_index: number | null;
  webhooks: WebhookDelivery[];
}

/** One API call as the mailbox saw it, whatever it answered. */
export interface RequestRecord {
  at: number;
  path: string;
  idempotencyKey: string | null;
  fault: string;
  status: number;
  /** Ids created by this call; empty when it replayed an earlier answer or failed. */
  created: string[];
}

interface IdempotencyRecord {
  fingerprint: string;
  /** The stored answer; undefined while the first request is still being handled. */
  answer: unknown;
  at: number;
}

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** The request log is for tests and debugging; a long `npm run dev` keeps only the latest. */
const MAX_REQUESTS = 20_000;

export class MessageStore {
  private readonly messages = new Map<string, StoredMessage>();
  private readonly keys = new Map<string, IdempotencyRecord>();
  readonly requests: RequestRecord[] = [];

  logRequest(record: RequestRecord): void {
    this.requests.push(record);
    if (this.requests.length > MAX_REQUESTS) {
      this.requests.splice(0, this.requests.length - MAX_REQUESTS);
    }
  }

  private constructor(private readonly dir: string) {}

  /**
   * Opens the directory, loading what an earlier run stored.
   * @example const store = await MessageStore.open(".local/mailbox");
   */
  static async open(dir: string): Promise<MessageStore> {
    const store = new MessageStore(dir);
    await mkdir(dir, { recursive: true });
    for (const file of await readdir(dir)) {
      if (!file.endsWith(".json")) {
        continue;
      }
      try {
        const message = JSON.parse(await readFile(path.join(dir, file), "utf8")) as StoredMessage;
        store.messages.set(message.id, message);
      } catch {
        // A half-written file from a killed run is skipped, not fatal.
      }
    }
    store.rememberKeys();
    return store;
  }

  private rememberKeys(): void {
    const byKey = new Map<string, StoredMessage[]>();
    for (const message of this.messages.values()) {
      if (message.idempotency_key) {
        byKey.set(message.idempotency_key, [
          ...(byKey.get(message.idempotency_key) ?? []),
          message,
        ]);
      }
    }
    for (const [key, group] of byKey) {
      const [first] = group;
      if (!first) {
        continue;
      }
      const ordered = group.sort((a, b) => (a.batch_index ?? 0) - (b.batch_index ?? 0));
      this.keys.set(key, {
        fingerprint: first.idempotency_fingerprint ?? "",
        answer:
          first.batch_index === null
            ? { id: first.id }
            : { data: ordered.map((message) => ({ id: message.id })) },
        at: Date.parse(first.created_at),
      });
    }
  }

  /** Newest first. */
  list(): StoredMessage[] {
    return [...this.messages.values()].sort((a, b) => b.created_at.localeCompare(a.created_at));
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.get(id);
  }

  async add(
    fields: Omit<StoredMessage, "object" | "id" | "created_at" | "last_event" | "webhooks">,
  ): Promise<StoredMessage> {
    const message: StoredMessage = {
      object: "email",
      id: randomUUID(),
      created_at: new Date().toISOString(),
      last_event: "sent",
      webhooks: [],
      ...fields,
    };
    this.messages.set(message.id, message);
    await this.save(message);
    return message;
  }

  async save(message: StoredMessage): Promise<void> {
    const stamp = message.created_at.replace(/[^0-9]/g, "");
    await writeFile(path.join(this.dir, `${stamp}-${message.id}.json`), JSON.stringify(message));
  }

  /**
   * Looks up a key: `undefined` for a fresh key (now reserved), else the earlier record.
   * Keys expire after 24 hours, as on Resend.
   */
  reserveKey(key: string, fingerprint: string): IdempotencyRecord | undefined {
    const existing = this.keys.get(key);
    if (existing && Date.now() - existing.at < IDEMPOTENCY_TTL_MS) {
      return existing;
    }
    this.keys.set(key, { fingerprint, answer: undefined, at: Date.now() });
    return undefined;
  }

  completeKey(key: string, answer: unknown): void {
    const record = this.keys.get(key);
    if (record) {
      record.answer = answer;
    }
  }

  releaseKey(key: string): void {
    const record = this.keys.get(key);
    if (record && record.answer === undefined) {
      this.keys.delete(key);
    }
  }
}
