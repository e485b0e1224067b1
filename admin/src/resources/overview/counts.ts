// The numbers the team checks first, each a filter on one table that links to the same filtered
// list. Kept as data so the page and its test agree on what each number means.
import { adminPath } from "@db/routes/admin";
import type { CrudFilter } from "@refinedev/core";
import type { AdminKey } from "../../i18n";

export interface OverviewCount {
  key: string;
  /** The number's words in the dictionary. */
  label: AdminKey;
  resource: "signup_requests" | "projects" | "companies";
  filters: CrudFilter[];
  /** The list page showing the same rows. */
  link: string;
}

/** @param today `YYYY-MM-DD`, so "overdue" is a plain date comparison like the column's. */
export function overviewCounts(today: string): OverviewCount[] {
  return [
    {
      key: "to-review",
      label: "admin.overview.counts.toReview",
      resource: "signup_requests",
      filters: [{ field: "status", operator: "eq", value: "confirmed" }],
      link: adminPath("signup_requests", "list"),
    },
    {
      key: "awaiting-email",
      label: "admin.overview.counts.awaitingEmail",
      resource: "signup_requests",
      filters: [{ field: "status", operator: "eq", value: "pending" }],
      link: adminPath("signup_requests", "list"),
    },
    {
      key: "active-projects",
      label: "admin.overview.counts.activeProjects",
      resource: "projects",
      filters: [{ field: "status", operator: "eq", value: "active" }],
      link: adminPath("projects", "list"),
    },
    {
      key: "overdue-projects",
      label: "admin.overview.counts.overdueProjects",
      resource: "projects",
      filters: [
        { field: "status", operator: "ne", value: "completed" },
        { field: "due_date", operator: "lt", value: today },
      ],
      link: adminPath("projects", "list"),
    },
    {
      key: "active-clients",
      label: "admin.overview.counts.activeClients",
      resource: "companies",
      filters: [{ field: "status", operator: "eq", value: "active" }],
      link: adminPath("companies", "list"),
    },
  ];
}
