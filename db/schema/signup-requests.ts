// A prospect's application from the portal sign-up, triaged by the team.
import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { admins, authUid, isStaff } from "./access";
import { checkLength, checkLengthAtMost, checkSizeAtMost } from "./checks";
import { belongsTo, createdAt, timestamptz } from "./columns";
import { allow, canSelect, canUpdate } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";

/** pending → confirmed (email verified) → approved | rejected; a trigger enforces the order. */
export const signupStatuses = ["pending", "confirmed", "approved", "rejected"] as const;
export const signupStatus = pgEnum("signup_status", signupStatuses);

/** What the portal's sign-up form asks beyond name and company. */
export interface SignupDetails {
  project_type?: string;
  budget?: string;
  message?: string;
}

export const signupRequests = defineTable(
  "signup_requests",
  {
    profile_id: belongsTo(() => profiles.id),
    email: text().notNull(),
    full_name: text().notNull(),
    company_name: text().notNull(),
    details: jsonb().$type<SignupDetails>().notNull().default({}),
    status: signupStatus().notNull().default("pending"),
    confirmed_at: timestamptz(),
    reviewed_by: uuid().references(() => profiles.id, { onDelete: "set null" }),
    reviewed_at: timestamptz(),
    rejection_reason: text(),
    source: text(),
    utm: jsonb().$type<Record<string, string>>().notNull().default({}),
    submitted_at: createdAt(),
    updated_at: createdAt(),
  },
  (t) => [
    uniqueIndex("signup_requests_profile_id_key").on(t.profile_id),
    index("signup_requests_reviewed_by_idx").on(t.reviewed_by),
    index("signup_requests_status_submitted_at_idx").on(t.status, t.submitted_at),
    checkLength("signup_requests", t.full_name, limits.name),
    checkLength("signup_requests", t.company_name, limits.name),
    checkSizeAtMost("signup_requests", t.details, limits.detailsBytes),
    checkLengthAtMost("signup_requests", t.rejection_reason, limits.rejectionReason),
    canSelect(
      "applicants read their own request and staff read all",
      sql`${t.profile_id} = ${authUid} or ${isStaff}`,
    ),
    canUpdate("staff review requests", isStaff),
    ...allow("requests", { delete: admins }),
  ],
);

export type SignupStatus = (typeof signupStatuses)[number];
export type SignupRequest = typeof signupRequests.$inferSelect;
export type NewSignupRequest = typeof signupRequests.$inferInsert;
