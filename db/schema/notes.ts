// Staff notes on a company, contact, project or signup request.
import { sql } from "drizzle-orm";
import { check, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { authUid, isAdmin, isStaff, serviceRoleManages } from "./access";
import { actedBy, createdAt, id, indexesOn, lengthBetween } from "./columns";
import { companies, contacts } from "./companies";
import { canDelete, canInsert, canSelect, canUpdate } from "./policies";
import { profiles } from "./profiles";
import { projects } from "./projects";
import { signupRequests } from "./signup-requests";

/**
 * A staff note on exactly one subject. One nullable foreign key per subject keeps real
 * referential integrity (no polymorphic `subject_type`); a check demands exactly one.
 */
export const notes = pgTable(
  "notes",
  {
    id: id(),
    company_id: uuid().references(() => companies.id, { onDelete: "cascade" }),
    contact_id: uuid().references(() => contacts.id, { onDelete: "cascade" }),
    project_id: uuid().references(() => projects.id, { onDelete: "cascade" }),
    signup_request_id: uuid().references(() => signupRequests.id, {
      onDelete: "cascade",
    }),
    body: text().notNull(),
    author_id: actedBy(() => profiles.id),
    created_at: createdAt(),
  },
  (t) => [
    ...indexesOn(
      "notes",
      t.company_id,
      t.contact_id,
      t.project_id,
      t.signup_request_id,
      t.author_id,
    ),
    check(
      "notes_one_subject",
      sql`num_nonnulls(${t.company_id}, ${t.contact_id}, ${t.project_id}, ${t.signup_request_id}) = 1`,
    ),
    check("notes_body_length", lengthBetween(t.body, limits.body)),
    canSelect("staff read notes", isStaff),
    canInsert("staff write notes as themselves", sql`${isStaff} and ${t.author_id} = ${authUid}`),
    canUpdate("authors edit their notes", sql`${isStaff} and ${t.author_id} = ${authUid}`),
    canDelete(
      "authors and admins delete notes",
      sql`(${isStaff} and ${t.author_id} = ${authUid}) or ${isAdmin}`,
    ),
    serviceRoleManages("notes"),
  ],
);

export type Note = typeof notes.$inferSelect;
export type NewNote = typeof notes.$inferInsert;
