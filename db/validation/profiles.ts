// What a person may change on their own profile, and what an admin changes on someone's.
import { createUpdateSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { profiles } from "../schema/profiles";
import { optionalText } from "./fields";

export const updateOwnProfileSchema = createUpdateSchema(profiles, {
  full_name: () => optionalText("Full name"),
  locale: () => z.enum(["en", "fr"]),
}).pick({ full_name: true, locale: true });

export const updateProfileAsStaffSchema = createUpdateSchema(profiles, {
  full_name: () => optionalText("Full name"),
}).pick({ full_name: true, role: true, company_id: true, locale: true });
