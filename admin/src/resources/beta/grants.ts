// What the admin says about a beta grant: who holds it, whether it still opens the download page,
// and the question asked before one is made (making one emails the grantee).
import type { BetaAccess } from "@db/schema/beta";
import type { Company } from "@db/schema/companies";
import type { Profile } from "@db/schema/profiles";

/** A grant with its grantee's names embedded, as the product page reads it. */
export type GrantRow = BetaAccess & {
  profile: Pick<Profile, "full_name" | "email"> | null;
  company: Pick<Company, "name"> | null;
};

export const grantRowSelect =
  "*, profile:profiles!profile_id(full_name, email), company:companies(name)";

export type GrantState = "live" | "expired" | "revoked";

/**
 * @example grantState({ revoked_at: null, expires_at: null }, new Date()) // "live"
 */
export function grantState(
  grant: Pick<BetaAccess, "revoked_at" | "expires_at">,
  now: Date,
): GrantState {
  if (grant.revoked_at) {
    return "revoked";
  }
  if (grant.expires_at && new Date(grant.expires_at).getTime() <= now.getTime()) {
    return "expired";
  }
  return "live";
}

/** A person by name (falling back to their address), or a company by name. */
export function granteeName(grant: Pick<GrantRow, "profile" | "company">): string {
  if (grant.profile) {
    return grant.profile.full_name?.trim() || grant.profile.email;
  }
  return grant.company?.name ?? "Someone no longer here";
}

export type GranteeKind = "person" | "company";

/**
 * The confirmation before granting: a person gets the email, a company's every client does.
 * @example grantConfirmation("person", "Clara").title // "Grant Clara access?"
 */
export function grantConfirmation(kind: GranteeKind, name: string) {
  return {
    title: `Grant ${name} access?`,
    description:
      kind === "person"
        ? "They get an email with the download page."
        : "Every client of the company gets an email with the download page.",
  };
}
