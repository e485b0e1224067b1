// Les mots français de l’admin pour signup-requests (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { signupRequests as english } from "../en/signup-requests";

export const signupRequests: Translated<typeof english> = {};
