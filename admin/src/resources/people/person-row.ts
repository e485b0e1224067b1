// A profile as the people pages read it: with its company's name embedded.
import type { Profile } from "@db/schema/profiles";

export type PersonRow = Profile & { company: { name: string } | null };

// `!company_id`: companies also point at profiles (account managers), so the embed must say which.
export const personRowSelect = "*, company:companies!company_id(name)";

/** The name to show: a profile may have no name yet, never no email. */
export function displayName(person: Pick<Profile, "full_name" | "email">): string {
  return person.full_name?.trim() || person.email;
}
