// Les mots français de l’admin pour audit-log (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { auditLog as english } from "../en/audit-log";

export const auditLog: Translated<typeof english> = {};
