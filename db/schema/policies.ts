// RLS policies for signed-in users, so a table's rules read as a short list of sentences. The
// names are the policies' names in the database; anon policies stay spelled out where they are
// used, and the service role's comes with every table (./table).
import type { SQL } from "drizzle-orm";
import { pgPolicy } from "drizzle-orm/pg-core";
import { authenticatedRole, type Who } from "./access";

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
 * Who may do what to `things`, one policy per command given, named by the sentence it builds
 * and listed in command order. `edit` is an update worded as the screens word it.
 * @example ...allow("pages", { create: admins, edit: admins, delete: admins })
 * // "admins create pages", "admins edit pages", "admins delete pages"
 */
export function allow(
  things: string,
  by: { read?: Who; create?: Who; update?: Who; edit?: Who; delete?: Who },
) {
  const [updateVerb, updater] = by.update ? ["update", by.update] : ["edit", by.edit];
  return [
    by.read && canSelect(`${by.read.name} read ${things}`, by.read.rule),
    by.create && canInsert(`${by.create.name} create ${things}`, by.create.rule),
    updater && canUpdate(`${updater.name} ${updateVerb} ${things}`, updater.rule),
    by.delete && canDelete(`${by.delete.name} delete ${things}`, by.delete.rule),
  ].filter((policy) => policy !== undefined);
}
