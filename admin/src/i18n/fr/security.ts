// Les mots français de l’admin pour security (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { security as english } from "../en/security";

export const security: Translated<typeof english> = {};
