// A person who can sign in: one row per Supabase Auth user, created by the sign-up trigger.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { admins, authUid, authUsers, isStaff, serviceRoleManages } from "./access";
import { indexesOn, timestamps, timestamptz } from "./columns";
import { companies } from "./companies";
import { allow, canSelect, canUpdate } from "./policies";
import { colorThemes } from "./values";

export const appRoles = ["client", "team", "admin"] as const;
export const appRole = pgEnum("app_role", appRoles);

export const colorTheme = pgEnum("color_theme", colorThemes);

export const profiles = pgTable(
  "profiles",
  {
    id: uuid()
      .primaryKey()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    email: text().notNull(),
    full_name: text(),
    role: appRole().notNull().default("client"),
    company_id: uuid().references((): AnyPgColumn => companies.id, { onDelete: "set null" }),
    /** Language of the emails this person receives (`en`, `fr`). */
    locale: text().notNull().default("en"),
    /** Light or dark admin, remembered across browsers; only its owner changes it (0026). */
    theme: colorTheme().notNull().default("system"),
    /** Set when mail to this address bounced; outgoing email skips it. */
    email_bounced_at: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("profiles", t.company_id, t.role),
    // A bounce flags profiles by address, compared without case (record_email_event).
    index("profiles_email_lower_idx").on(sql`lower(${t.email})`),
    canSelect(
      "people read their own profile and staff read all",
      sql`${t.id} = ${authUid} or ${isStaff}`,
    ),
    // Which columns may change (role, company, email) is guarded by a trigger: RLS cannot
    // compare the old row with the new one.
    canUpdate(
      "people update their own profile and staff update all",
      sql`${t.id} = ${authUid} or ${isStaff}`,
    ),
    ...allow("profiles", { delete: admins }),
    serviceRoleManages("profiles"),
  ],
);

export type AppRole = (typeof appRoles)[number];
export type ColorTheme = (typeof colorThemes)[number];
export type Profile = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;
