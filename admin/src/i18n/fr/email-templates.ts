// Les mots français de l’admin pour email-templates (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { emailTemplates as english } from "../en/email-templates";

export const emailTemplates: Translated<typeof english> = {};
