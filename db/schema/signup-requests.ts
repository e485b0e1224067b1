// A prospect's application from the portal sign-up, triaged by the team.
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { authUid, isAdmin, isStaff, serviceRoleManages } from "./access";
import {
  belongsTo,
  createdAt,
  id,
  lengthAtMost,
  lengthBetween,
  sizeAtMost,
  timestamptz,
} from "./columns";
import { canDelete, canSelect, canUpdate } from "./policies";
import { profiles } from "./profiles";

/** pending → confirmed (email verified) → approved | rejected; a trigger enforces the order. */
export const signupStatuses = ["pending", "confirmed", "approved", "rejected"] as const;
export const signupStatus = pgEnum("signup_status", signupStatuses);

/** What the portal's sign-up form asks beyond name and company. */
export interface SignupDetails {
  project_type?: string;
  budget?: string;
  message?: string;
}

export const signupRequests = pgTable(
  "signup_requests",
  {
    id: id(),
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
    check("signup_requests_full_name_length", lengthBetween(t.full_name, limits.name)),
    check("signup_requests_company_name_length", lengthBetween(t.company_name, limits.name)),
    check("signup_requests_details_size", sizeAtMost(t.details, limits.detailsBytes)),
    check(
      "signup_requests_rejection_reason_length",
      lengthAtMost(t.rejection_reason, limits.rejectionReason),
    ),
    canSelect(
      "applicants read their own request and staff read all",
      sql`${t.profile_id} = ${authUid} or ${isStaff}`,
    ),
    canUpdate("staff review requests", isStaff),
    canDelete("admins delete requests", isAdmin),
    serviceRoleManages("signup_requests"),
  ],
);

export type SignupStatus = (typeof signupStatuses)[number];
export type SignupRequest = typeof signupRequests.$inferSelect;
export type NewSignupRequest = typeof signupRequests.$inferInsert;
