// Les mots français de l’admin pour les entreprises et leurs contacts (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { companies as english } from "../en/companies";

export const companies: Translated<typeof english> = {
  status: { lead: "Prospect", active: "Cliente", churned: "Perdue" },
  list: {
    create: "Nouvelle entreprise",
    search: "Rechercher des entreprises",
    statusLabel: "Statut",
    anyStatus: "Tous les statuts",
    empty: "Aucune entreprise ne correspond.",
    industry: "Secteur",
    accountManager: "Responsable du compte",
  },
  form: { website: "Site web", added: "{name} a été ajouté" },
  edit: { title: "Modifier {name}", untitled: "Modifier l’entreprise", theCompany: "L’entreprise" },
  show: {
    untitled: "Entreprise",
    projects: "Projets",
    noProjects: "Aucun projet pour l’instant.",
    progress: "Avancement",
  },
  contacts: {
    title: "Contacts",
    add: "Ajouter un contact",
    edit: "Modifier",
    bounced: "Rejetée",
    portal: "Portail",
    hasLogin: "A un accès",
    empty: "Aucun contact pour l’instant.",
    removeQuestion: "Retirer {contact} de {company} ?",
    removed: "{contact} a été retiré de {company}",
    saved: "{name} a été enregistré",
    theContact: "Le contact",
  },
  import: {
    company: "entreprise",
    companies: "entreprises",
    contact: "contact",
    contacts: "contacts",
    domainExists: "Une entreprise avec le domaine {domain} existe déjà",
    domainRepeat: "Même domaine que la ligne {row} ({domain})",
    emailExists: "Un contact avec l’e-mail {email} existe déjà",
    emailRepeat: "Même e-mail que la ligne {row} ({email})",
  },
};
