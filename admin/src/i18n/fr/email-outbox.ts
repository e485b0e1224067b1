// Les mots français de l’admin pour la boîte d’envoi (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { emailOutbox as english } from "../en/email-outbox";

export const emailOutbox: Translated<typeof english> = {
  status: { queued: "En attente", sending: "En cours d’envoi", sent: "Envoyé", failed: "Échec" },
  list: {
    title: "Boîte d’envoi",
    what: "la boîte d’envoi",
    statusLabel: "Statut",
    anyStatus: "Tous les statuts",
    template: "Modèle",
    anyTemplate: "Tous les modèles",
    noMatch: "Aucun e-mail ne correspond à ces filtres.",
    empty: "Aucun e-mail n’a encore été mis en file.",
  },
  retry: {
    button: "Réessayer",
    question: "Renvoyer cet e-mail ?",
    description: "{template} pour {recipient} retourne dans la file d’attente.",
    failed: "Impossible de réessayer l’e-mail",
    queued: "E-mail remis en file",
    queuedText: "Il partira vers {recipient} au prochain passage de la boîte d’envoi.",
  },
};
