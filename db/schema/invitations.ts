// Invitations (issue 15): an admin invites a staff member or a client contact by email through the
// invite-user edge function. The row records who was invited to what; the access itself was given
// when the function made the account (Auth's app_metadata, which only the service role writes,
// read by the sign-up trigger), so nobody gains a role by editing this table.
import { sql } from "drizzle-orm";
import { check, integer, pgEnum, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { admins } from "./access";
import { actedBy, createdAt, indexesOn, timestamps, timestamptz } from "./columns";
import { companies } from "./companies";
import { allow } from "./policies";
import { appRole, profiles } from "./profiles";
import { defineTable } from "./table";

export const invitationStatuses = ["pending", "accepted", "revoked"] as const;
export const invitationStatus = pgEnum("invitation_status", invitationStatuses);

export const invitations = defineTable(
  "invitations",
  {
    /** Lower-cased, as Auth stores it. */
    email: text().notNull(),
    full_name: text(),
    role: appRole().notNull(),
    /** The client's company; null for staff. */
    company_id: uuid().references(() => companies.id, { onDelete: "set null" }),
    /** The invited account (unconfirmed until accepted); null once a revoke deleted it. */
    user_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    /** Set by a trigger on auth.users when the person follows the link; never by the API. */
    status: invitationStatus().notNull().default("pending"),
    invited_by: actedBy(() => profiles.id),
    /** How many emails went out; the idempotency key of each includes it. */
    sent_count: integer().notNull().default(1),
    last_sent_at: createdAt(),
    accepted_at: timestamptz(),
    revoked_at: timestamptz(),
    revoked_by: uuid().references(() => profiles.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("invitations", t.company_id, t.user_id, t.invited_by, t.revoked_by),
    // One open invitation per address: a second would mail a second live link.
    uniqueIndex("invitations_pending_email_key")
      .on(sql`lower(${t.email})`)
      .where(sql`${t.status} = 'pending'`),
    check("invitations_sent_count_positive", sql`${t.sent_count} >= 1`),
    // Admins act through invite-user, which writes these rows as the admin (so the audit
    // trigger names them); they may not delete the record.
    ...allow("invitations", { read: admins, create: admins, update: admins }),
  ],
);

export type InvitationStatus = (typeof invitationStatuses)[number];
export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;
