// Les mots français de l’admin pour le cadre : en-tête, menu, palette, notifications.
import type { Translated } from "@supabase-client/i18n/translate";
import type { shell as english } from "../en/shell";

export const shell: Translated<typeof english> = {
  theme: { label: "Thème", light: "Clair", dark: "Sombre", system: "Comme l’appareil" },
  language: {
    label: "Langue",
    saveFailed: "Votre langue n’a pas pu être enregistrée",
  },
};
