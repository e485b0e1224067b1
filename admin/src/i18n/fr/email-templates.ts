// Les mots français de l’admin pour les modèles d’e-mail (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { emailTemplates as english } from "../en/email-templates";

export const emailTemplates: Translated<typeof english> = {
  list: {
    search: "Rechercher des modèles",
    searchPlaceholder: "Clé, par exemple request.approved",
    empty: "Aucun modèle ne correspond.",
    key: "Clé",
    subject: "Objet",
    updated: "Modifié",
  },
  show: { untitled: "Modèle d’e-mail" },
  edit: {
    title: "Modifier {name}",
    untitled: "Modifier le modèle",
    saved: "Modèle enregistré",
    text: "Texte",
  },
  test: {
    button: "Envoyer un test",
    question: "Envoyer un test de ce modèle ?",
    description:
      "La version enregistrée part à votre propre adresse, remplie avec les données d’exemple.",
    failed: "Impossible d’envoyer le test",
    queued: "E-mail de test mis en file",
    queuedText: "Il part vers {recipient}, avec la version enregistrée de ce modèle.",
  },
  preview: {
    title: "Aperçu avec des données d’exemple",
    variables: "Variables",
    variablesLead: "Variables :",
    none: "aucune",
    unknownOne: "Variable inconnue : {names}",
    unknownMany: "Variables inconnues : {names}",
    unknownText: "Aucun e-mail ne porte ces données : l’envoi échouerait. Vérifiez l’orthographe.",
    subject: "Aperçu de l’objet",
    html: "Aperçu HTML",
    text: "Aperçu du texte",
  },
};
