// The people list's filters: a role, and one search box matching name or email.
import type { AppRole } from "@db/schema/profiles";
import type { CrudFilter } from "@refinedev/core";

/**
 * Filters for Refine's Supabase provider. The search goes into PostgREST's `or=(…)` inside
 * double quotes, where a quote or backslash would end the value early, so those are dropped.
 * @example peopleFilters("team", " ada ") // role = team and (full_name or email contains "ada")
 */
export function peopleFilters(role: AppRole | undefined, search: string | undefined): CrudFilter[] {
  const text = (search ?? "").replace(/["\\]/g, "").trim();
  return [
    ...(role ? [{ field: "role", operator: "eq" as const, value: role }] : []),
    ...(text
      ? [
          {
            key: "search",
            operator: "or" as const,
            value: [
              { field: "full_name", operator: "contains" as const, value: text },
              { field: "email", operator: "contains" as const, value: text },
            ],
          },
        ]
      : []),
  ];
}

/** The role and search text a filter list holds, to show them back in the inputs. */
export function currentPeopleFilters(filters: CrudFilter[]): {
  role: AppRole | undefined;
  search: string;
} {
  let role: AppRole | undefined;
  let search = "";
  for (const filter of filters) {
    if ("field" in filter && filter.field === "role") {
      role = filter.value as AppRole;
    }
    if (filter.operator === "or") {
      const first = filter.value[0];
      search = first && "field" in first ? String(first.value ?? "") : "";
    }
  }
  return { role, search };
}
