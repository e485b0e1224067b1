// One joined channel of one socket: its topic and join ref, the caller's token and claims,
// its postgres_changes bindings and broadcast/presence settings. It knows how to push frames to
// its client and when its token runs out.
import { type Claims, expiredMessage, secondsLeft } from "./auth";
import type { Filter } from "./filters";
import type { Frame } from "./protocol";

export type ChangeEvent = "*" | "INSERT" | "UPDATE" | "DELETE";

export interface PgBinding {
  /** Numeric id echoed in the join reply and listed in each change's `ids`. */
  id: number;
  event: ChangeEvent;
  /** Oids of the published tables the binding covers (one, or all of a schema for `*`). */
  tableOids: Set<number>;
  filters: Filter[];
}

export interface PresenceMeta {
  phx_ref: string;
  phx_ref_prev?: string;
  [key: string]: unknown;
}

export interface ChannelOptions {
  topic: string;
  joinRef: string | null;
  send(frame: Frame): void;
  broadcastSelf: boolean;
  broadcastAck: boolean;
  presenceKey: string;
  presenceEnabled: boolean;
  /** Whether the socket speaks vsn 2.0.0, the only one that carries binary broadcasts. */
  canReceiveBinary: boolean;
}

/** Node timers overflow past 2^31-1 ms; long-lived keys are re-checked at that interval. */
const MAX_TIMER_MS = 2_147_483_647;

export class Channel {
  readonly topic: string;
  readonly joinRef: string | null;
  readonly broadcastSelf: boolean;
  readonly broadcastAck: boolean;
  readonly presenceKey: string;
  readonly canReceiveBinary: boolean;
  presenceEnabled: boolean;
  tracked: PresenceMeta | undefined;
  pgBindings: PgBinding[] = [];
  token = "";
  claims: Claims = { role: "anon", exp: 0 };
  isOpen = true;
  private readonly sendFrame: (frame: Frame) => void;
  private expiryTimer: NodeJS.Timeout | undefined;

  constructor(options: ChannelOptions) {
    this.topic = options.topic;
    this.joinRef = options.joinRef;
    this.sendFrame = options.send;
    this.broadcastSelf = options.broadcastSelf;
    this.broadcastAck = options.broadcastAck;
    this.presenceKey = options.presenceKey;
    this.presenceEnabled = options.presenceEnabled;
    this.canReceiveBinary = options.canReceiveBinary;
  }

  /** The topic without `realtime:`, as system messages name the channel. */
  get subTopic(): string {
    return this.topic.replace(/^realtime:/, "");
  }

  get role(): string {
    return this.claims.role;
  }

  get isExpired(): boolean {
    return secondsLeft(this.claims) <= 0;
  }

  push(event: string, payload: unknown): void {
    if (this.isOpen) {
      this.sendFrame({ joinRef: this.joinRef, ref: null, topic: this.topic, event, payload });
    }
  }

  /** A `system` message, e.g. "Subscribed to PostgreSQL" or a shutdown reason. */
  pushSystem(extension: string, status: "ok" | "error", message: string): void {
    this.push("system", { extension, status, message, channel: this.subTopic });
  }

  /** Adopts a verified token; `onExpired` runs when it runs out without being replaced. */
  authenticate(token: string, claims: Claims, onExpired: (message: string) => void): void {
    this.token = token;
    this.claims = claims;
    clearTimeout(this.expiryTimer);
    const wait = Math.min(Math.max(secondsLeft(claims), 0) * 1000, MAX_TIMER_MS);
    this.expiryTimer = setTimeout(() => {
      if (this.claims !== claims) {
        return;
      }
      if (this.isExpired) {
        onExpired(expiredMessage(claims));
      } else {
        this.authenticate(token, claims, onExpired);
      }
    }, wait);
    this.expiryTimer.unref();
  }

  /** Stops timers; the channel sends nothing more. */
  close(): void {
    this.isOpen = false;
    clearTimeout(this.expiryTimer);
  }
}
