// Product analytics events, from visitors (anonymous id) and signed-in people.
import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgPolicy, pgTable, text } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { anonRole, authUid, serviceRoleManages, staff } from "./access";
import { checkLengthAtMost, checkSizeAtMost } from "./checks";
import { actedBy, createdAt } from "./columns";
import { allow, canInsert } from "./policies";
import { profiles } from "./profiles";

export const analyticsEvents = pgTable(
  "analytics_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    event_type: text().notNull(),
    profile_id: actedBy(() => profiles.id),
    anonymous_id: text(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurred_at: createdAt(),
  },
  (t) => [
    index("analytics_events_profile_id_idx").on(t.profile_id),
    check("analytics_events_event_type_format", sql`${t.event_type} ~ '^[a-z][a-z0-9_.:-]{0,63}$'`),
    checkSizeAtMost("analytics_events", t.metadata, limits.metadataBytes),
    checkLengthAtMost("analytics_events", t.anonymous_id, limits.anonymousId),
    pgPolicy("visitors record anonymous events", {
      for: "insert",
      to: anonRole,
      withCheck: sql`${t.profile_id} is null`,
    }),
    canInsert(
      "members record their own events",
      sql`${t.profile_id} is null or ${t.profile_id} = ${authUid}`,
    ),
    ...allow("events", { read: staff }),
    serviceRoleManages("analytics_events"),
  ],
);

export type AnalyticsEvent = typeof analyticsEvents.$inferSelect;
export type NewAnalyticsEvent = typeof analyticsEvents.$inferInsert;

/**
 * The events Atrium records, one name each. The apps send all but `request.approved`, which the
 * database writes itself when a request becomes approved (drizzle/0021_analytics.sql), so no
 * screen can forget it. The funnel functions of that migration read these same names.
 */
export const analyticsEventTypes = {
  pageView: "page.view",
  signupStarted: "signup.started",
  signupSubmitted: "signup.submitted",
  emailConfirmed: "email.confirmed",
  requestApproved: "request.approved",
  portalLogin: "portal.login",
  betaDownloaded: "beta.downloaded",
} as const;
export type AnalyticsEventType = (typeof analyticsEventTypes)[keyof typeof analyticsEventTypes];
