// The people a company or project can be assigned to: team members and admins, by name.

import type { Profile } from "@db/schema/profiles";
import { useSelect } from "@refinedev/antd";

export function useStaffSelect(current?: string | null) {
  return useSelect<Profile>({
    resource: "profiles",
    // A profile without a name yet still needs a label.
    optionLabel: (profile) => profile.full_name ?? profile.email,
    searchField: "full_name",
    optionValue: "id",
    filters: [{ field: "role", operator: "in", value: ["team", "admin"] }],
    sorters: [{ field: "full_name", order: "asc" }],
    defaultValue: current ?? undefined,
    pagination: { mode: "off" },
  });
}
