// Les mots français de l’admin pour overview (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { overview as english } from "../en/overview";

export const overview: Translated<typeof english> = {};
