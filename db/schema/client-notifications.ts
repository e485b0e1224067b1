// A client's in-app notifications (the portal's bell): what changed for them, one row per event
// and person, written only by triggers (drizzle/0025_client_notifications). Not the email outbox,
// which is `notifications`.
import { sql } from "drizzle-orm";
import { pgEnum, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { authUid } from "./access";
import { checkLength } from "./checks";
import { belongsTo, createdAt, indexesOn, timestamptz } from "./columns";
import { canSelect, canUpdate } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";

export const clientNotificationKinds = [
  "request_decided",
  "project_update",
  "beta_build",
  "beta_grant",
] as const;
export const clientNotificationKind = pgEnum("client_notification_kind", clientNotificationKinds);

export const clientNotifications = defineTable(
  "client_notifications",
  {
    profile_id: belongsTo(() => profiles.id),
    kind: clientNotificationKind().notNull(),
    title: text().notNull(),
    body: text(),
    /**
     * The record the item opens: the sign-up request, the project of an update, or the product
     * of a build or grant. No foreign key: the note outlives what it points at.
     */
    subject_id: uuid().notNull(),
    /** `<kind>:<event row>:<person>`: a trigger firing twice for one event adds no second row. */
    event_key: text().notNull().unique(),
    read_at: timestamptz(),
    created_at: createdAt(),
  },
  (t) => [
    // The person's list, newest first, and their unread count: both filter on profile_id.
    ...indexesOn("client_notifications", t.profile_id),
    checkLength("client_notifications", t.title, limits.name),
    canSelect("people read their own notifications", sql`${t.profile_id} = ${authUid}`),
    // Only read_at may change through the API; a trigger guards the other columns.
    canUpdate("people mark their own notifications read", sql`${t.profile_id} = ${authUid}`),
  ],
);

export type ClientNotificationKind = (typeof clientNotificationKinds)[number];
export type ClientNotification = typeof clientNotifications.$inferSelect;
export type NewClientNotification = typeof clientNotifications.$inferInsert;
