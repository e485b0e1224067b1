// A prospect's application from the portal sign-up, triaged by the team.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { authenticatedRole, authUid, isAdmin, isStaff, serviceRoleManages } from "./access";
import { id, lengthAtMost, lengthBetween, sizeAtMost, timestamptz } from "./columns";
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
    profile_id: uuid()
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
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
    submitted_at: timestamptz().notNull().defaultNow(),
    updated_at: timestamptz().notNull().defaultNow(),
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
    pgPolicy("applicants read their own request and staff read all", {
      for: "select",
      to: authenticatedRole,
      using: sql`${t.profile_id} = ${authUid} or ${isStaff}`,
    }),
    pgPolicy("staff review requests", {
      for: "update",
      to: authenticatedRole,
      using: isStaff,
      withCheck: isStaff,
    }),
    pgPolicy("admins delete requests", { for: "delete", to: authenticatedRole, using: isAdmin }),
    serviceRoleManages("signup_requests"),
  ],
);

export type SignupStatus = (typeof signupStatuses)[number];
export type SignupRequest = typeof signupRequests.$inferSelect;
export type NewSignupRequest = typeof signupRequests.$inferInsert;
