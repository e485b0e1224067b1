// The email outbox (one row per email, drained by the process-outbox function) and templates.
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { admins, staff } from "./access";
import { actedBy, createdAt, timestamps, timestamptz } from "./columns";
import { allow } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";
import { deliveryStatuses, notificationStatuses } from "./values";

export { deliveryStatuses, notificationStatuses };
export const notificationStatus = pgEnum("notification_status", notificationStatuses);

/** What Resend's webhooks report after a message was accepted. */
export const deliveryStatus = pgEnum("delivery_status", deliveryStatuses);

export const notifications = defineTable(
  "notifications",
  {
    recipient_email: text().notNull(),
    recipient_profile_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    template_key: text().notNull(),
    locale: text().notNull().default("en"),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: notificationStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    next_attempt_at: createdAt(),
    last_error: text(),
    provider_message_id: text(),
    /** Also sent as Resend's Idempotency-Key: the database, not memory, prevents doubles. */
    idempotency_key: text().notNull().unique(),
    delivery_status: deliveryStatus(),
    delivery_updated_at: timestamptz(),
    created_at: createdAt(),
    sent_at: timestamptz(),
    /**
     * Who caused the email: the signed-in caller whose change or request queued it (triggers
     * run in that caller's transaction); null for the system (sign-up, reminders, auth). No
     * foreign key, like audit_logs.actor_id: a person's deletion must not rewrite the record.
     */
    queued_by: uuid().default(sql`auth.uid()`),
  },
  (t) => [
    index("notifications_recipient_profile_id_idx").on(t.recipient_profile_id),
    index("notifications_due_idx").on(t.status, t.next_attempt_at),
    index("notifications_provider_message_id_idx").on(t.provider_message_id),
    check("notifications_attempts_nonnegative", sql`${t.attempts} >= 0`),
    ...allow("the outbox", { read: staff }),
  ],
);

export const emailTemplates = defineTable(
  "email_templates",
  {
    key: text().notNull(),
    /** `en` always exists for a key; other languages fall back to it. */
    locale: text().notNull().default("en"),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    updated_by: actedBy(() => profiles.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("email_templates_key_locale_key").on(t.key, t.locale),
    index("email_templates_updated_by_idx").on(t.updated_by),
    check("email_templates_key_format", sql`${t.key} ~ '^[a-z][a-z0-9_.]*$'`),
    ...allow("templates", { read: staff, create: admins, edit: admins, delete: admins }),
  ],
);

export type NotificationStatus = (typeof notificationStatuses)[number];
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type EmailTemplate = typeof emailTemplates.$inferSelect;
export type NewEmailTemplate = typeof emailTemplates.$inferInsert;

/**
 * A row of the view `public.outbox_emails` (drizzle/0017_audit_outbox_views): the email with its
 * recipient's and sender's names and the record it is about.
 */
export type OutboxEmail = Notification & {
  recipient_name: string | null;
  queued_by_name: string | null;
  request_id: string | null;
  project_id: string | null;
  company_id: string | null;
};
