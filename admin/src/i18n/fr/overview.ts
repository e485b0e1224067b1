// Les mots français de l’admin pour la vue d’ensemble et ses statistiques.
import type { Translated } from "@supabase-client/i18n/translate";
import type { overview as english } from "../en/overview";

export const overview: Translated<typeof english> = {
  title: "Vue d’ensemble",
  counts: {
    toReview: "Demandes à examiner",
    awaitingEmail: "En attente de confirmation d’e-mail",
    activeProjects: "Projets en cours",
    overdueProjects: "Projets en retard",
    activeClients: "Clients actifs",
  },
  analytics: {
    title: "Statistiques",
    period: "Période",
    periodStart: "Date de début",
    periodEnd: "Date de fin",
    last7: "7 derniers jours",
    last30: "30 derniers jours",
    last90: "90 derniers jours",
    quiet: "Aucune inscription sur cette période. Choisissez une période plus longue.",
    funnel: "Entonnoir d’inscription",
    perDay: "Inscriptions par jour",
    signups: "Inscriptions",
    timeToReview: "Délai d’examen",
    medianHours: "Heures médianes entre la confirmation de l’e-mail et la décision",
    decided: "{count} demandes tranchées sur cette période",
    byStatus: "Projets par statut (maintenant)",
    step: "Étape",
    people: "Personnes",
    conversion: "Conversion",
    steps: {
      visit: "A visité le portail",
      started: "A commencé l’inscription",
      submitted: "A envoyé l’inscription",
      confirmed: "A confirmé l’e-mail",
      approved: "Demande approuvée",
      active: "Première connexion au portail",
    },
  },
};
