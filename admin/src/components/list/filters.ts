// The list pages' filters, written and read back the same way everywhere. A search box goes over
// one or more columns as Refine's Supabase provider sends it: PostgREST's
// `or=(a.ilike."%…%",b.ilike."%…%")`. The text sits inside double quotes there, where a quote or
// a backslash would end the value early, so those two are dropped.
import type { CrudFilter } from "@refinedev/core";

/** @example searchFilter(["full_name", "email"], " ada ") // one `or` filter, or none if blank */
export function searchFilter(fields: readonly string[], search: string | undefined): CrudFilter[] {
  const text = (search ?? "").replace(/["\\]/g, "").trim();
  if (!text) {
    return [];
  }
  return [
    {
      key: "search",
      operator: "or",
      value: fields.map((field) => ({ field, operator: "contains" as const, value: text })),
    },
  ];
}

/** The text of the search filter in a filter list, to show it back in the box. */
export function searchTextOf(filters: readonly CrudFilter[]): string {
  const search = filters.find((filter) => filter.operator === "or");
  const first = search && Array.isArray(search.value) ? search.value[0] : undefined;
  return first && "field" in first ? String(first.value ?? "") : "";
}

/** The value a list's filter on `field` holds, to show it back in its input. */
export function filterValue(filters: readonly CrudFilter[], field: string): unknown {
  return filters.find((filter) => "field" in filter && filter.field === field)?.value;
}

/** The values a list's dropdown filters hold, by field; an unset dropdown is left out. */
export type Choices = Readonly<Record<string, string | undefined>>;

/**
 * A list's whole filter: each chosen value as `field = value`, then the search box's `or`.
 * @example listFilters({ role: "team" }, ["full_name", "email"], " ada ")
 * // role = team, and full_name or email contains "ada"
 */
export function listFilters(
  choices: Choices,
  searchFields: readonly string[],
  search: string | undefined,
): CrudFilter[] {
  const chosen = Object.entries(choices).flatMap(([field, value]) =>
    value ? [{ field, operator: "eq" as const, value }] : [],
  );
  return [...chosen, ...searchFilter(searchFields, search)];
}

/**
 * The dropdowns' values and the search text a filter list holds, to show them back in the inputs.
 * @example currentListFilters(listFilters({ role: "admin" }, ["email"], "globex"), ["role"])
 * // { choices: { role: "admin" }, search: "globex" }
 */
export function currentListFilters(
  filters: readonly CrudFilter[],
  choiceFields: readonly string[],
): { choices: Choices; search: string } {
  const choices = Object.fromEntries(
    choiceFields.map((field) => {
      const value = filterValue(filters, field);
      return [field, typeof value === "string" ? value : undefined];
    }),
  );
  return { choices, search: searchTextOf(filters) };
}
