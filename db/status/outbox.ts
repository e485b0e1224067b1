// How an outbox row's state reads, and the moves the outbox functions of
// drizzle/0005_outbox.sql make: claim (queued → sending), record success (sending → sent),
// record a failure (sending → queued to retry, or → failed when it is permanent or out of
// attempts). Sent rows never move again; a failed one moves only when staff retry it
// (failed → queued, drizzle/0017_audit_outbox_views).
import type { DeliveryStatus, NotificationStatus } from "../schema/email";
import { notificationStatuses } from "../schema/values";
import { type StatusLook, statusOptions } from "./look";

export const outboxStatusLabels: Record<NotificationStatus, StatusLook> = {
  queued: { label: "Queued", color: "default" },
  sending: { label: "Sending", color: "blue" },
  sent: { label: "Sent", color: "green" },
  failed: { label: "Failed", color: "red" },
};

/** Options for a status filter, in the order an email moves through them. */
export const outboxStatusOptions = statusOptions(notificationStatuses, outboxStatusLabels);

/** What Resend reported after accepting the message (its delivery webhooks). */
export const deliveryStatusLabels: Record<DeliveryStatus, StatusLook> = {
  delivered: { label: "Delivered", color: "green" },
  delayed: { label: "Delayed", color: "gold" },
  bounced: { label: "Bounced", color: "red" },
  complained: { label: "Marked as spam", color: "orange" },
};

/** Only a failed email may be retried (public.retry_notification); it goes back to `queued`. */
export const canRetryEmail = (status: NotificationStatus) => status === "failed";

export const outboxTransitions: Record<NotificationStatus, readonly NotificationStatus[]> = {
  queued: ["sending"],
  sending: ["sent", "queued", "failed"],
  sent: [],
  failed: ["queued"],
};

/** @example canMoveOutbox("sent", "queued") // false: a sent email is never sent again */
export function canMoveOutbox(from: NotificationStatus, to: NotificationStatus): boolean {
  return outboxTransitions[from].includes(to);
}
