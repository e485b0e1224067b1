// What the admin says about a beta grant: who holds it and the question asked before one is made
// (making one emails the grantee); whether it still opens the download page is db/status's.
import type { BetaAccess } from "@db/schema/beta";
import type { Company } from "@db/schema/companies";
import type { Profile } from "@db/schema/profiles";
import { englishWords } from "../../components/csv-import/words";

type T = typeof englishWords.t;

/** A grant with its grantee's names embedded, as the product page reads it. */
export type GrantRow = BetaAccess & {
  profile: Pick<Profile, "full_name" | "email"> | null;
  company: Pick<Company, "name"> | null;
};

export const grantRowSelect =
  "*, profile:profiles!profile_id(full_name, email), company:companies(name)";

/** A person by name (falling back to their address), or a company by name. */
export function granteeName(
  grant: Pick<GrantRow, "profile" | "company">,
  t: T = englishWords.t,
): string {
  if (grant.profile) {
    return grant.profile.full_name?.trim() || grant.profile.email;
  }
  return grant.company?.name ?? t("admin.beta.grants.nobody");
}

export type GranteeKind = "person" | "company";

/**
 * The confirmation before granting: a person gets the email, a company's every client does.
 * @example grantConfirmation("person", "Clara").title // "Grant Clara access?"
 */
export function grantConfirmation(kind: GranteeKind, name: string, t: T = englishWords.t) {
  return {
    title: t("admin.beta.grants.confirmTitle", { name }),
    description: t(
      kind === "person" ? "admin.beta.grants.confirmPerson" : "admin.beta.grants.confirmCompany",
    ),
  };
}
