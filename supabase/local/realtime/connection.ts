// One client WebSocket speaking the Phoenix channel protocol: heartbeats, joins, leaves, token
// refreshes, broadcast and presence pushes. Frames are handled one at a time, in arrival order,
// as a Phoenix socket process would.
import type { WebSocket } from "ws";
import { reason, verifyToken } from "./auth";
import type { Channel } from "./channel";
import { type JoinContext, joinChannel } from "./join";
import { decodeFrame, encodeFrame, type Frame, reply, type Vsn } from "./protocol";
import type { Topics } from "./topics";

export interface ConnectionContext extends Omit<JoinContext, "send" | "canReceiveBinary"> {
  topics: Topics;
  log(message: string): void;
}

export class Connection {
  private readonly channels = new Map<string, Channel>();
  private queue: Promise<void> = Promise.resolve();
  lastSeen = Date.now();

  constructor(
    private readonly socket: WebSocket,
    private readonly vsn: Vsn,
    private readonly context: ConnectionContext,
  ) {
    socket.on("message", (data: Buffer, isBinary: boolean) => {
      this.lastSeen = Date.now();
      const frame = decodeFrame(data, isBinary, vsn);
      if (frame) {
        this.queue = this.queue
          .then(() => this.handle(frame))
          .catch((error: unknown) => {
            context.log(`realtime: ${frame.event} on ${frame.topic} failed: ${String(error)}`);
            this.send(reply(frame, "error", { reason: "Unknown Error on Channel" }));
          });
      }
    });
    socket.on("close", () => this.closeChannels());
    socket.on("error", () => this.closeChannels());
  }

  send(frame: Frame): void {
    if (this.socket.readyState === this.socket.OPEN) {
      this.socket.send(encodeFrame(frame, this.vsn));
    }
  }

  get openChannels(): number {
    return this.channels.size;
  }

  terminate(): void {
    this.closeChannels();
    this.socket.terminate();
  }

  private closeChannels(): void {
    for (const channel of this.channels.values()) {
      this.context.topics.remove(channel);
    }
    this.channels.clear();
  }

  private async handle(frame: Frame): Promise<void> {
    if (frame.topic === "phoenix" && frame.event === "heartbeat") {
      this.send(reply(frame, "ok", {}));
      return;
    }
    if (frame.event === "phx_join") {
      await this.join(frame);
      return;
    }
    const channel = this.channels.get(frame.topic);
    if (!channel) {
      this.send(reply(frame, "error", { reason: "unmatched topic" }));
      return;
    }
    switch (frame.event) {
      case "phx_leave":
        this.drop(channel);
        this.send(reply(frame, "ok", {}));
        return;
      case "access_token":
        await this.refreshToken(channel, frame);
        return;
      case "broadcast":
        for (const answer of this.context.topics.broadcast(channel, frame)) {
          this.send(answer);
        }
        return;
      case "presence":
        for (const answer of this.context.topics.presence(channel, frame)) {
          this.send(answer);
        }
        return;
      default:
        // Realtime ignores other client events without replying.
        return;
    }
  }

  private async join(frame: Frame): Promise<void> {
    if (!frame.topic.startsWith("realtime:")) {
      this.send(reply(frame, "error", { reason: "unmatched topic" }));
      return;
    }
    const result = await joinChannel(
      { ...this.context, send: (out) => this.send(out), canReceiveBinary: this.vsn === "2.0.0" },
      frame,
    );
    if (!result.ok) {
      this.send(reply(frame, "error", { reason: result.reason }));
      return;
    }
    const previous = this.channels.get(frame.topic);
    if (previous) {
      // A second join of a topic replaces the first, as Phoenix closes the older channel.
      this.drop(previous);
      previous.push("phx_close", {});
    }
    const channel = result.channel;
    this.channels.set(frame.topic, channel);
    channel.authenticate(channel.token, channel.claims, (message) =>
      this.shutdown(channel, message),
    );
    this.send(reply(frame, "ok", result.response));
    if (channel.pgBindings.length > 0) {
      channel.pushSystem("postgres_changes", "ok", "Subscribed to PostgreSQL");
    }
    this.context.topics.add(channel);
  }

  /** `access_token`: a fresh token replaces the claims; a bad one ends the channel. */
  private async refreshToken(channel: Channel, frame: Frame): Promise<void> {
    const token = (frame.payload as { access_token?: unknown } | null)?.access_token;
    if (typeof token !== "string" || token.startsWith("sb_") || token === channel.token) {
      return;
    }
    const verified = await verifyToken(this.context.jwtSecret, token);
    if (!verified.ok) {
      this.shutdown(
        channel,
        verified.code === "InvalidJWTToken" ? verified.message : reason(verified),
      );
      return;
    }
    if (!(await this.context.catalog.canBecome(verified.claims.role))) {
      this.shutdown(channel, `role ${verified.claims.role} cannot be used`);
      return;
    }
    channel.authenticate(token, verified.claims, (message) => this.shutdown(channel, message));
  }

  /** Ends a channel from the server side: a system error, then `phx_close` (Realtime's way). */
  private shutdown(channel: Channel, message: string): void {
    if (this.channels.get(channel.topic) !== channel) {
      return;
    }
    channel.pushSystem("system", "error", message);
    channel.push("phx_close", {});
    this.drop(channel);
  }

  private drop(channel: Channel): void {
    this.channels.delete(channel.topic);
    this.context.topics.remove(channel);
  }
}
