// The client companies a project, a client or a beta grant can belong to, by name.
import type { Company } from "@db/schema/companies";
import { useSelect } from "@refinedev/antd";

export function useCompanySelect(current?: string | null) {
  return useSelect<Company>({
    resource: "companies",
    optionLabel: "name",
    optionValue: "id",
    searchField: "name",
    sorters: [{ field: "name", order: "asc" }],
    defaultValue: current ?? undefined,
    pagination: { mode: "off" },
  });
}
