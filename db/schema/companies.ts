// CRM accounts: the agency's client companies, their contacts and staff notes.
import { sql } from "drizzle-orm";
import { index, pgEnum, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { admins, isStaffOrClientOf, staff } from "./access";
import { checkLength } from "./checks";
import { belongsTo, indexesOn, timestamps, timestamptz } from "./columns";
import { allow, canSelect } from "./policies";
import { profiles } from "./profiles";
import { defineTable } from "./table";

export const companyStatuses = ["lead", "active", "churned"] as const;
export const companyStatus = pgEnum("company_status", companyStatuses);

export const companies = defineTable(
  "companies",
  {
    name: text().notNull(),
    website: text(),
    industry: text(),
    status: companyStatus().notNull().default("lead"),
    account_manager_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("companies", t.account_manager_id, t.status, t.name),
    checkLength("companies", t.name, limits.name),
    canSelect("staff and the company's clients read a company", isStaffOrClientOf(t.id)),
    ...allow("companies", { create: staff, update: staff, delete: admins }),
  ],
);

export const contacts = defineTable(
  "contacts",
  {
    company_id: belongsTo(() => companies.id),
    full_name: text().notNull(),
    email: text(),
    other_emails: text().array().notNull().default(sql`'{}'::text[]`),
    phone: text(),
    title: text(),
    /** Set when mail to this contact bounced (Resend's email.bounced webhook). */
    email_bounced_at: timestamptz(),
    /** The contact's portal login, when they have one. */
    profile_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("contacts", t.company_id, t.profile_id),
    // A bounce flags contacts by address, compared without case (record_email_event).
    index("contacts_email_lower_idx").on(sql`lower(${t.email})`),
    ...allow("contacts", { read: staff, create: staff, update: staff, delete: staff }),
  ],
);

export type CompanyStatus = (typeof companyStatuses)[number];
export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
