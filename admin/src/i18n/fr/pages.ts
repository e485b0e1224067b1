// Les mots français de l’admin pour pages (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { pages as english } from "../en/pages";

export const pages: Translated<typeof english> = {};
