// How roles read in the admin, and the question asked before one changes: a role decides what
// a person may see and do everywhere, so a change is never one stray click away.
import { type AppRole, appRoles } from "@db/schema/profiles";
import type { StatusLook } from "@db/status/look";
import type { useAdminT } from "../../i18n";

type AdminT = ReturnType<typeof useAdminT>;

const roleColors: Record<AppRole, string> = { client: "default", team: "blue", admin: "purple" };

/** Each role's word and tag colour in the reader's language. */
export function roleLabels(t: AdminT): Record<AppRole, StatusLook> {
  return Object.fromEntries(
    appRoles.map((role) => [
      role,
      { label: t(`admin.people.roles.${role}`), color: roleColors[role] },
    ]),
  ) as Record<AppRole, StatusLook>;
}

export function roleOptions(t: AdminT) {
  return appRoles.map((value) => ({ value, label: t(`admin.people.roles.${value}`) }));
}

/** Whether saving would change the role (an unset field keeps it). */
export function isRoleChange(before: AppRole | undefined, after: AppRole | undefined): boolean {
  return Boolean(before && after && before !== after);
}

/**
 * @example roleChangeQuestion(t, "Ada", "admin") // "Make Ada an admin?"
 */
export function roleChangeQuestion(t: AdminT, name: string, role: AppRole): string {
  return t(`admin.people.roles.question.${role}`, { name });
}

/** What the new role means for the person, shown under the question. */
export function roleChangeConsequence(t: AdminT, role: AppRole): string {
  return t(`admin.people.roles.consequence.${role}`);
}
