// Les mots français de l’admin pour refine (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { refine as english } from "../en/refine";

export const refine: Translated<typeof english> = {};
