// Les mots français de l’admin pour le cadre : en-tête, menu, palette, notifications.
import type { Translated } from "@supabase-client/i18n/translate";
import type { shell as english } from "../en/shell";

export const shell: Translated<typeof english> = {
  appName: "Atrium admin",
  documentTitle: "{title} · Atrium admin",
  mainNav: "Principal",
  menu: "Menu",
  sections: "Rubriques",
  notFound: "Cette page n’existe pas.",
  resources: {
    overview: "Vue d’ensemble",
    signup_requests: "Demandes d’inscription",
    projects: "Projets",
    companies: "Entreprises",
    products: "Produits bêta",
    pages: "Pages",
    profiles: "Personnes",
    email_templates: "Modèles d’e-mail",
    outbox_emails: "E-mails sortants",
    audit_entries: "Journal d’audit",
    security: "Sécurité",
    access_matrix: "Matrice des accès",
  },
  theme: {
    label: "Thème",
    light: "Clair",
    dark: "Sombre",
    system: "Comme l’appareil",
    saveFailed: "Votre thème n’a pas pu être enregistré",
  },
  language: {
    label: "Langue",
    saveFailed: "Votre langue n’a pas pu être enregistrée",
  },
  palette: {
    open: "Rechercher…",
    dialog: "Palette de commandes",
    search: "Trouver une fiche ou taper une commande",
    searchPlaceholder: "Trouver une fiche ou taper une commande…",
    nothingMatches: "Aucun résultat.",
    nothingToShow: "Rien à afficher.",
    actions: "Actions",
    goTo: "Aller à",
    goToSection: "Aller à {section}",
    cmsPages: "Pages du site",
    commands: {
      newCompany: "Nouvelle entreprise",
      newProject: "Nouveau projet",
      newPage: "Nouvelle page",
      newProduct: "Nouveau produit bêta",
      reviewRequests: "Examiner les demandes d’inscription",
      emailOutbox: "Ouvrir les e-mails sortants",
    },
  },
};
