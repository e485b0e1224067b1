// What the signed-in person may do, for Refine's accessControlProvider: the apps hide buttons and
// menu entries the database would refuse anyway. RLS stays the rule; this mirrors it so nobody is
// offered an action that ends in "permission denied".
import type { AppRole } from "@db/schema/profiles";
import type { AccessControlProvider, AuthProvider } from "@refinedev/core";

/** Tables whose rows only admins create, change or delete (their policies use is_admin()). */
export const adminManagedTables = [
  "products",
  "beta_access",
  "beta_invite_codes",
  "beta_builds",
  "email_templates",
  "pages",
] as const;

const readActions = new Set(["list", "show", "export"]);

/**
 * @example canDo("team", "companies", "edit") // true
 * @example canDo("team", "companies", "delete") // false: admins delete
 */
export function canDo(role: AppRole | null, resource: string | undefined, action: string): boolean {
  if (role === "admin") {
    return true;
  }
  if (role !== "team") {
    return false;
  }
  if (readActions.has(action)) {
    return true;
  }
  if (action === "delete") {
    // Staff may delete contacts and notes; everything else is an admin's call.
    return resource === "contacts" || resource === "notes";
  }
  return !adminManagedTables.includes(resource as (typeof adminManagedTables)[number]);
}

/** Refine's provider over the authProvider's permissions (the profile's role). */
export function createAccessControlProvider(auth: AuthProvider): AccessControlProvider {
  return {
    can: async ({ resource, action }) => {
      const role = ((await auth.getPermissions?.()) ?? null) as AppRole | null;
      const can = canDo(role, resource, action);
      return can ? { can } : { can, reason: "Only an admin can do this" };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
  };
}
