// Les mots français de l’admin pour le journal d’audit (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { auditLog as english } from "../en/audit-log";

export const auditLog: Translated<typeof english> = {
  list: {
    title: "Journal d’audit",
    what: "le journal d’audit",
    table: "Table",
    anyTable: "Toutes les tables",
    recordId: "Identifiant de l’enregistrement",
    person: "Personne",
    whoChanged: "Auteur de la modification",
    dates: "Dates",
    noMatch: "Aucune modification ne correspond à ces filtres.",
    empty: "Rien n’a encore été enregistré.",
  },
  tables: {
    companies: "Entreprises",
    contacts: "Contacts",
    notes: "Notes",
    signup_requests: "Demandes d’inscription",
    projects: "Projets",
    project_updates: "Actualités de projet",
    tasks: "Tâches",
    profiles: "Personnes",
    products: "Produits bêta",
    beta_access: "Accès bêta",
    beta_invite_codes: "Codes d’invitation",
    beta_builds: "Versions bêta",
    beta_feedback: "Retours bêta",
    email_templates: "Modèles d’e-mail",
    pages: "Pages",
    notifications: "E-mails (nouvelles tentatives)",
  },
};
