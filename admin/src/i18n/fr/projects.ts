// Les mots français de l’admin pour projects (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { projects as english } from "../en/projects";

export const projects: Translated<typeof english> = {};
