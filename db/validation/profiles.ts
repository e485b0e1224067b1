// What an admin changes on someone's profile, and what a person changes on their own.
import { createUpdateSchema } from "drizzle-zod";
import { z } from "zod/v4";
import { profiles } from "../schema/profiles";
import { type ProfileLocale, profileLocales } from "../schema/values";
import { optionalText, requiredText } from "./fields";

export const updateProfileAsStaffSchema = createUpdateSchema(profiles, {
  full_name: () => optionalText("Full name"),
}).pick({ full_name: true, role: true, company_id: true, locale: true });

export { type ProfileLocale, profileLocales };
export const localeLabels: Record<ProfileLocale, string> = { en: "English", fr: "Français" };

/**
 * What a person changes on their own profile in the portal: their name and language. RLS lets
 * them update their own row; the guard trigger on profiles refuses any role or company change.
 */
export const updateOwnProfileSchema = createUpdateSchema(profiles, {
  full_name: () => requiredText("Name"),
  locale: () => z.enum(profileLocales, { error: "Choose a language" }).meta({ title: "Language" }),
})
  .pick({ full_name: true, locale: true })
  .required();
