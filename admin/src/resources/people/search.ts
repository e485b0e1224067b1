// The people list's filters: a role, and one search box matching name or email.
import type { AppRole } from "@db/schema/profiles";
import type { CrudFilter } from "@refinedev/core";
import { filterValue, searchFilter, searchTextOf } from "../../components/list/filters";

/** @example peopleFilters("team", " ada ") // role = team and (full_name or email contains "ada") */
export function peopleFilters(role: AppRole | undefined, search: string | undefined): CrudFilter[] {
  return [
    ...(role ? [{ field: "role", operator: "eq" as const, value: role }] : []),
    ...searchFilter(["full_name", "email"], search),
  ];
}

/** The role and search text a filter list holds, to show them back in the inputs. */
export function currentPeopleFilters(filters: CrudFilter[]): {
  role: AppRole | undefined;
  search: string;
} {
  return {
    role: filterValue(filters, "role") as AppRole | undefined,
    search: searchTextOf(filters),
  };
}
