// Les mots français de l’admin pour components (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { components as english } from "../en/components";

export const components: Translated<typeof english> = {};
