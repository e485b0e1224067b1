// What an admin changes on someone's profile.
import { createUpdateSchema } from "drizzle-zod";
import { profiles } from "../schema/profiles";
import { optionalText } from "./fields";

export const updateProfileAsStaffSchema = createUpdateSchema(profiles, {
  full_name: () => optionalText("Full name"),
}).pick({ full_name: true, role: true, company_id: true, locale: true });
