// SQL fragments that RLS policies share: role checks go through `private` helpers, wrapped in
// `select` so Postgres evaluates them once per statement rather than once per row.
import { type SQL, sql } from "drizzle-orm";
import { pgPolicy } from "drizzle-orm/pg-core";
import { serviceRole } from "drizzle-orm/supabase";

export { anonRole, authenticatedRole, authUid, authUsers, serviceRole } from "drizzle-orm/supabase";

/** The signed-in user is `team` or `admin`. */
export const isStaff = sql`(select private.is_staff())`;
/** The signed-in user is `admin`. */
export const isAdmin = sql`(select private.is_admin())`;

/** Who a policy is for: the word its name starts with, and the rule that says the caller is one. */
export interface Who {
  name: string;
  rule: SQL;
}
export const staff: Who = { name: "staff", rule: isStaff };
export const admins: Who = { name: "admins", rule: isAdmin };

/** The company of the signed-in client (null for staff without one). */
export const myCompanyId = sql`(select private.current_company_id())`;

/** The signed-in user is staff, or a client of the company `companyId` holds. */
export const isStaffOrClientOf = (companyId: unknown) =>
  sql`${isStaff} or ${companyId} = ${myCompanyId}`;

/**
 * service_role bypasses RLS anyway; the explicit policy records that full access is intended
 * and keeps working should BYPASSRLS ever be taken away.
 * @example pgPolicy(...), serviceRoleManages("projects")
 */
export function serviceRoleManages(table: string) {
  return pgPolicy(`service role manages ${table}`, {
    for: "all",
    to: serviceRole,
    using: sql`true`,
    withCheck: sql`true`,
  });
}
