// Les mots français de l’admin pour beta (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { beta as english } from "../en/beta";

export const beta: Translated<typeof english> = {};
