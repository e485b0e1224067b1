// CRM accounts: the agency's client companies, their contacts and staff notes.
import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { isAdmin, isStaff, myCompanyId, serviceRoleManages } from "./access";
import { belongsTo, id, indexesOn, lengthBetween, timestamps, timestamptz } from "./columns";
import { canDelete, canInsert, canSelect, canUpdate, canWrite } from "./policies";
import { profiles } from "./profiles";

export const companyStatuses = ["lead", "active", "churned"] as const;
export const companyStatus = pgEnum("company_status", companyStatuses);

export const companies = pgTable(
  "companies",
  {
    id: id(),
    name: text().notNull(),
    website: text(),
    industry: text(),
    status: companyStatus().notNull().default("lead"),
    account_manager_id: uuid().references(() => profiles.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    ...indexesOn("companies", t.account_manager_id, t.status, t.name),
    check("companies_name_length", lengthBetween(t.name, limits.name)),
    canSelect(
      "staff and the company's clients read a company",
      sql`${isStaff} or ${t.id} = ${myCompanyId}`,
    ),
    canInsert("staff create companies", isStaff),
    canUpdate("staff update companies", isStaff),
    canDelete("admins delete companies", isAdmin),
    serviceRoleManages("companies"),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: id(),
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
    canSelect("staff read contacts", isStaff),
    ...canWrite("staff", isStaff, "contacts"),
    serviceRoleManages("contacts"),
  ],
);

export type CompanyStatus = (typeof companyStatuses)[number];
export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
