// How roles read in the admin, and the question asked before one changes: a role decides what
// a person may see and do everywhere, so a change is never one stray click away.
import { type AppRole, appRoles } from "@db/schema/profiles";

interface Look {
  label: string;
  color: string;
  /** Completes "Make X …?": the role with its article. */
  asNoun: string;
}

export const roleLabels: Record<AppRole, Look> = {
  client: { label: "Client", color: "default", asNoun: "a client" },
  team: { label: "Team", color: "blue", asNoun: "a team member" },
  admin: { label: "Admin", color: "purple", asNoun: "an admin" },
};

export const roleOptions = appRoles.map((value) => ({ value, label: roleLabels[value].label }));

/** Whether saving would change the role (an unset field keeps it). */
export function isRoleChange(before: AppRole | undefined, after: AppRole | undefined): boolean {
  return Boolean(before && after && before !== after);
}

/**
 * @example roleChangeQuestion("Ada", "admin") // "Make Ada an admin?"
 */
export function roleChangeQuestion(name: string, role: AppRole): string {
  return `Make ${name} ${roleLabels[role].asNoun}?`;
}

/** What the new role means for the person, shown under the question. */
export function roleChangeConsequence(role: AppRole): string {
  switch (role) {
    case "admin":
      return "Admins read and change everything, including roles, templates and beta access.";
    case "team":
      return "The team reads every client's data in the admin and can no longer use the portal as a client.";
    case "client":
      return "Clients lose the admin and see only their own company in the portal.";
  }
}
