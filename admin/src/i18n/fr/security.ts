// Les mots français de l’admin pour la page de sécurité du membre du personnel.
import type { Translated } from "@supabase-client/i18n/translate";
import type { security as english } from "../en/security";

export const security: Translated<typeof english> = {
  title: "Sécurité",
  intro:
    "Connexion en deux étapes : après votre mot de passe, Atrium demande un code d’une application d’authentification sur votre téléphone, pour qu’un mot de passe divulgué n’ouvre pas à lui seul les données des clients.",
  factors: {
    empty:
      "Aucune application d’authentification pour l’instant : la connexion ne demande que votre mot de passe.",
    name: "Nom",
    status: "Statut",
    active: "Activée",
    notConfirmed: "Non confirmée",
    added: "Ajoutée le",
    actions: "Actions",
  },
  enroll: {
    title: "Ajouter une application d’authentification",
    text: "Utilisez une application comme Google Authenticator, 1Password ou Aegis. Une fois configurée, la connexion demande le code à 6 chiffres qu’elle affiche.",
    setUp: "Configurer",
    setUpName: "Configurer {name}",
  },
};
