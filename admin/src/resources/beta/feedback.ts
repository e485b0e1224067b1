// What the admin reads about a build's feedback: the tester and their company embedded, the
// choices its filters offer, and those filters as Refine conditions on plain columns.
import type { BetaFeedback } from "@db/schema/beta";
import type { Company } from "@db/schema/companies";
import type { Profile } from "@db/schema/profiles";
import type { CrudFilter } from "@refinedev/core";
import { englishWords } from "../../components/csv-import/words";

export type FeedbackRow = BetaFeedback & {
  profile:
    | (Pick<Profile, "full_name" | "email" | "company_id"> & {
        company: Pick<Company, "name"> | null;
      })
    | null;
};

// profiles and companies are joined twice (a profile's company, a company's account manager):
// without the `!company_id` hint PostgREST refuses the embed as ambiguous (PGRST201).
export const feedbackRowSelect =
  "*, profile:profiles!profile_id(full_name, email, company_id, company:companies!company_id(name))";

/** The tester by name (falling back to their address). */
export function testerName(row: Pick<FeedbackRow, "profile">, t = englishWords.t): string {
  return row.profile?.full_name?.trim() || row.profile?.email || t("admin.beta.grants.nobody");
}

export interface FeedbackFilter {
  rating?: number | undefined;
  profileId?: string | undefined;
  companyId?: string | undefined;
  /** Calendar days `YYYY-MM-DD`, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

type Choice = { value: string; label: string };

/** The people and companies that gave feedback on the build, for the filter dropdowns. */
export function feedbackChoices(
  rows: FeedbackRow[],
  t = englishWords.t,
): { people: Choice[]; companies: Choice[] } {
  const people = new Map<string, string>();
  const companies = new Map<string, string>();
  for (const row of rows) {
    people.set(row.profile_id, testerName(row, t));
    if (row.profile?.company_id && row.profile.company) {
      companies.set(row.profile.company_id, row.profile.company.name);
    }
  }
  const sorted = (map: Map<string, string>) =>
    [...map]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return { people: sorted(people), companies: sorted(companies) };
}

/** The day after `day`, so a "to" day includes all of itself. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The filter as conditions; a company is the people of it who gave feedback.
 * @example feedbackFilters({ rating: 5 }, []) // [{ field: "rating", operator: "eq", value: 5 }]
 */
export function feedbackFilters(filter: FeedbackFilter, rows: FeedbackRow[]): CrudFilter[] {
  const conditions: CrudFilter[] = [];
  if (filter.rating) {
    conditions.push({ field: "rating", operator: "eq", value: filter.rating });
  }
  if (filter.profileId) {
    conditions.push({ field: "profile_id", operator: "eq", value: filter.profileId });
  }
  if (filter.companyId) {
    const people = rows
      .filter((row) => row.profile?.company_id === filter.companyId)
      .map((row) => row.profile_id);
    conditions.push({ field: "profile_id", operator: "in", value: [...new Set(people)] });
  }
  if (filter.from) {
    conditions.push({ field: "created_at", operator: "gte", value: filter.from });
  }
  if (filter.to) {
    conditions.push({ field: "created_at", operator: "lt", value: nextDay(filter.to) });
  }
  return conditions;
}
