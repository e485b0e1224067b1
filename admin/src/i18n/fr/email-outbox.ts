// Les mots français de l’admin pour email-outbox (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { emailOutbox as english } from "../en/email-outbox";

export const emailOutbox: Translated<typeof english> = {};
