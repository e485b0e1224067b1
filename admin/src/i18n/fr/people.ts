// Les mots français de l’admin pour people (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { people as english } from "../en/people";

export const people: Translated<typeof english> = {};
