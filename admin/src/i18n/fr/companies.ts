// Les mots français de l’admin pour companies (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { companies as english } from "../en/companies";

export const companies: Translated<typeof english> = {};
