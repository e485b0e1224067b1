// Staff notes on a company, contact, project or signup request.
import { sql } from "drizzle-orm";
import { check, text, uuid } from "drizzle-orm/pg-core";
import { limits } from "../limits";
import { authUid, isAdmin, isStaff, staff } from "./access";
import { checkLength } from "./checks";
import { actedBy, createdAt, indexesOn } from "./columns";
import { companies, contacts } from "./companies";
import { allow, canDelete, canInsert, canUpdate } from "./policies";
import { profiles } from "./profiles";
import { projects } from "./projects";
import { signupRequests } from "./signup-requests";
import { defineTable } from "./table";

/**
 * A staff note on exactly one subject. One nullable foreign key per subject keeps real
 * referential integrity (no polymorphic `subject_type`); a check demands exactly one.
 */
export const notes = defineTable(
  "notes",
  {
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
    checkLength("notes", t.body, limits.body),
    ...allow("notes", { read: staff }),
    canInsert("staff write notes as themselves", sql`${isStaff} and ${t.author_id} = ${authUid}`),
    canUpdate("authors edit their notes", sql`${isStaff} and ${t.author_id} = ${authUid}`),
    canDelete(
      "authors and admins delete notes",
      sql`(${isStaff} and ${t.author_id} = ${authUid}) or ${isAdmin}`,
    ),
  ],
);

export type Note = typeof notes.$inferSelect;
export type NewNote = typeof notes.$inferInsert;
