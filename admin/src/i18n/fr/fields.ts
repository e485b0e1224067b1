// Les titres des champs que seuls les formulaires de l’admin montrent, tels que ses messages les nomment.
import type { Translated } from "@supabase-client/i18n/translate";
import type { fields as english } from "../en/fields";

export const fields: Translated<typeof english> = {
  industry: "Secteur",
  note: "Note",
  releaseNotes: "Notes de version",
  subject: "Objet",
  htmlBody: "Corps HTML",
  textBody: "Corps texte",
  slug: "Identifiant",
};
