// Les mots français de l’admin pour auth (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { auth as english } from "../en/auth";

export const auth: Translated<typeof english> = {};
