// How an outbox row's state reads, and the moves the outbox functions of
// drizzle/0005_outbox.sql make: claim (queued → sending), record success (sending → sent),
// record a failure (sending → queued to retry, or → failed when it is permanent or out of
// attempts). Sent and failed rows never move again.
import type { NotificationStatus } from "../schema/email";
import type { StatusLook } from "./look";

export const outboxStatusLabels: Record<NotificationStatus, StatusLook> = {
  queued: { label: "Queued", color: "default" },
  sending: { label: "Sending", color: "blue" },
  sent: { label: "Sent", color: "green" },
  failed: { label: "Failed", color: "red" },
};

export const outboxTransitions: Record<NotificationStatus, readonly NotificationStatus[]> = {
  queued: ["sending"],
  sending: ["sent", "queued", "failed"],
  sent: [],
  failed: [],
};

/** @example canMoveOutbox("sent", "queued") // false: a sent email is never sent again */
export function canMoveOutbox(from: NotificationStatus, to: NotificationStatus): boolean {
  return outboxTransitions[from].includes(to);
}
