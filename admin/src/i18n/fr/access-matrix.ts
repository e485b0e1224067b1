// Les mots français de l’admin pour access-matrix (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { accessMatrix as english } from "../en/access-matrix";

export const accessMatrix: Translated<typeof english> = {};
