// What the signed-in person may do, for Refine's accessControlProvider: the apps hide buttons and
// menu entries the database would refuse anyway. RLS stays the rule; this mirrors it so nobody is
// offered an action that ends in "permission denied".
import type { AppRole } from "@db/schema/profiles";
import type { AccessControlProvider, AuthProvider } from "@refinedev/core";
import type { SupabaseClient } from "@supabase/supabase-js";

/** Tables whose rows only admins create, change or delete (their policies use is_admin()). */
export const adminManagedTables = [
  "products",
  "beta_access",
  "beta_invite_codes",
  "beta_builds",
  "email_templates",
  "pages",
] as const;

/** Pages only admins open, even to read: the database refuses everyone else anyway. */
export const adminOnlyResources = ["access_matrix"] as const;

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
  if (adminOnlyResources.includes(resource as (typeof adminOnlyResources)[number])) {
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

/**
 * Refine's provider over the authProvider's permissions (the profile's role). Every button asks
 * (a list page asks twice per row), and reading the role costs an Auth and a REST round trip, so
 * the role is read once and read again only when the session changes hands.
 */
export function createAccessControlProvider(
  auth: AuthProvider,
  supabase: Pick<SupabaseClient, "auth">,
): AccessControlProvider {
  let role: Promise<AppRole | null> | undefined;
  supabase.auth.onAuthStateChange((event) => {
    // A refreshed token is the same person; anything else may be someone else.
    if (event !== "TOKEN_REFRESHED") {
      role = undefined;
    }
  });
  const currentRole = () => {
    role ??= Promise.resolve(auth.getPermissions?.())
      .then((value) => (value ?? null) as AppRole | null)
      .catch(() => {
        role = undefined;
        return null;
      });
    return role;
  };
  return {
    can: async ({ resource, action }) => {
      const can = canDo(await currentRole(), resource, action);
      return can ? { can } : { can, reason: "Only an admin can do this" };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
  };
}
