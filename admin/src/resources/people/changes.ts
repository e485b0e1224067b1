// What an edit of someone's profile saves: db/validation's staff rule, plus one consequence of
// a role: only clients belong to a client company. Staff reach every company through their role,
// and a leftover company would keep listing them among that company's people.
import type { Profile } from "@db/schema/profiles";
import { updateProfileAsStaffSchema } from "@db/validation/profiles";

/**
 * @example profileChangesSchema.parse({ role: "team", company_id: "…" }) // { role: "team", company_id: null }
 */
export const profileChangesSchema = updateProfileAsStaffSchema.transform(
  (values): Partial<Pick<Profile, "full_name" | "role" | "company_id" | "locale">> =>
    values.role && values.role !== "client" ? { ...values, company_id: null } : values,
);
