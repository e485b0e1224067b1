// RLS policies for signed-in users, one helper per command, so a table's rules read as a list of
// sentences: `staffUpdate("staff update projects", isStaff)`. The names are the policies' names
// in the database; service_role and anon policies stay spelled out where they are used.
import type { SQL } from "drizzle-orm";
import { pgPolicy } from "drizzle-orm/pg-core";
import { authenticatedRole } from "./access";

/** Signed-in users read the rows `using` lets through. */
export const canSelect = (name: string, using: SQL) =>
  pgPolicy(name, { for: "select", to: authenticatedRole, using });

/** Signed-in users insert rows that pass `withCheck`. */
export const canInsert = (name: string, withCheck: SQL) =>
  pgPolicy(name, { for: "insert", to: authenticatedRole, withCheck });

/**
 * Signed-in users update the rows `using` reaches; the new row must pass `withCheck`, which is
 * the same rule unless given, so an update cannot move a row out of the caller's reach.
 */
export const canUpdate = (name: string, using: SQL, withCheck: SQL = using) =>
  pgPolicy(name, { for: "update", to: authenticatedRole, using, withCheck });

/** Signed-in users delete the rows `using` reaches. */
export const canDelete = (name: string, using: SQL) =>
  pgPolicy(name, { for: "delete", to: authenticatedRole, using });

/**
 * `who` create, update and delete `things` under one rule. The policies' names are the sentences
 * this builds; `edit` words the update where the screens say "edit".
 * @example ...canWrite("admins", isAdmin, "pages", "edit")
 * // "admins create pages", "admins edit pages", "admins delete pages"
 */
export const canWrite = (who: string, rule: SQL, things: string, edit = "update") => [
  canInsert(`${who} create ${things}`, rule),
  canUpdate(`${who} ${edit} ${things}`, rule),
  canDelete(`${who} delete ${things}`, rule),
];
