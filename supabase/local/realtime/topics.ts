// Every joined channel by topic, and the two features that live only in this process:
// Broadcast (client messages relayed to the topic's other members, `self` and `ack` honoured)
// and Presence (Phoenix Presence's `presence_state` / `presence_diff`).
import { randomUUID } from "node:crypto";
import type { Channel, PresenceMeta } from "./channel";
import { type Frame, isBinaryPayload, reply } from "./protocol";

type PresenceList = Record<string, { metas: PresenceMeta[] }>;

export class Topics {
  private readonly byTopic = new Map<string, Set<Channel>>();
  private nextRef = 0;

  add(channel: Channel): void {
    let members = this.byTopic.get(channel.topic);
    if (!members) {
      members = new Set();
      this.byTopic.set(channel.topic, members);
    }
    members.add(channel);
    if (channel.presenceEnabled) {
      channel.push("presence_state", this.presenceState(channel.topic));
    }
  }

  /** Removes a channel (leave, close, shutdown); its presence leaves the topic. */
  remove(channel: Channel): void {
    channel.close();
    const members = this.byTopic.get(channel.topic);
    members?.delete(channel);
    if (members?.size === 0) {
      this.byTopic.delete(channel.topic);
    }
    if (channel.tracked) {
      const left = channel.tracked;
      channel.tracked = undefined;
      this.pushDiff(channel.topic, {}, { [channel.presenceKey]: { metas: [left] } });
    }
  }

  /** Every open channel (for postgres_changes delivery). */
  *channels(): Iterable<Channel> {
    for (const members of this.byTopic.values()) {
      yield* members;
    }
  }

  get size(): number {
    let count = 0;
    for (const members of this.byTopic.values()) {
      count += members.size;
    }
    return count;
  }

  /**
   * Relays a client's `broadcast` push to the topic's members; with `ack` the sender gets an ok.
   * @example topics.broadcast(channel, frame)
   */
  broadcast(sender: Channel, frame: Frame): Frame[] {
    const payload = frame.payload;
    if (typeof payload !== "object" || payload === null) {
      return [reply(frame, "error", { reason: "broadcast payload must be an object" })];
    }
    this.publish(sender.topic, payload, sender.broadcastSelf ? undefined : sender);
    return sender.broadcastAck ? [reply(frame, "ok", {})] : [];
  }

  /**
   * Pushes a `broadcast` to every member of `topic` but `except`; binary payloads go only to
   * members whose socket speaks vsn 2.0.0. Returns how many members it reached.
   * @example topics.publish("realtime:room-1", { type: "broadcast", event: "cursor", payload: { x: 1 } })
   */
  publish(topic: string, payload: object, except?: Channel): number {
    let reached = 0;
    for (const member of this.byTopic.get(topic) ?? []) {
      if (member === except || (isBinaryPayload(payload) && !member.canReceiveBinary)) {
        continue;
      }
      member.push("broadcast", payload);
      reached += 1;
    }
    return reached;
  }

  /**
   * Handles a `presence` push (`track` with a meta object, or `untrack`); always replies.
   * @example topics.presence(channel, frame)
   */
  presence(sender: Channel, frame: Frame): Frame[] {
    const { event, payload } = (frame.payload ?? {}) as { event?: unknown; payload?: unknown };
    if (event === "untrack") {
      if (sender.tracked) {
        const left = sender.tracked;
        sender.tracked = undefined;
        this.pushDiff(sender.topic, {}, { [sender.presenceKey]: { metas: [left] } });
      }
      return [reply(frame, "ok", {})];
    }
    if (event !== "track") {
      return [reply(frame, "error", { reason: "presence event must be track or untrack" })];
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
      return [reply(frame, "error", { reason: "Presence track payload must be a map" })];
    }
    const previous = sender.tracked;
    const meta: PresenceMeta = {
      ...(payload as Record<string, unknown>),
      phx_ref: this.makeRef(),
      ...(previous ? { phx_ref_prev: previous.phx_ref } : {}),
    };
    sender.tracked = meta;
    const key = sender.presenceKey;
    this.pushDiff(
      sender.topic,
      { [key]: { metas: [meta] } },
      previous ? { [key]: { metas: [previous] } } : {},
    );
    // Tracking turns presence on for the tracker (as Realtime does): it gets the full state.
    if (!sender.presenceEnabled) {
      sender.presenceEnabled = true;
      sender.push("presence_state", this.presenceState(sender.topic));
    }
    return [reply(frame, "ok", {})];
  }

  private presenceState(topic: string): PresenceList {
    const state: PresenceList = {};
    for (const member of this.byTopic.get(topic) ?? []) {
      if (member.tracked) {
        const entry = state[member.presenceKey] ?? { metas: [] };
        entry.metas.push(member.tracked);
        state[member.presenceKey] = entry;
      }
    }
    return state;
  }

  private pushDiff(topic: string, joins: PresenceList, leaves: PresenceList): void {
    for (const member of this.byTopic.get(topic) ?? []) {
      if (member.presenceEnabled) {
        member.push("presence_diff", { joins, leaves });
      }
    }
  }

  private makeRef(): string {
    this.nextRef += 1;
    return `${randomUUID().slice(0, 8)}${this.nextRef}`;
  }
}
