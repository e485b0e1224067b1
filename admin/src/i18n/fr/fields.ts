// Les titres des champs que seuls les formulaires de l’admin montrent, tels que ses messages les
// nomment, puis les mots des champs sans titre, par leur nom (company_id → companyId).
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
  otherEmails: "Autres adresses",
  otherEmailsHelp: "Les autres adresses d’où le contact écrit ; Entrée après chacune.",
  status: "Statut",
  role: "Rôle",
  companyId: "Entreprise",
  accountManagerId: "Chargé de compte",
  startDate: "Date de début",
  dueDate: "Échéance",
  progress: "Avancement (%)",
  website: "Site web",
  body: "Contenu",
};
