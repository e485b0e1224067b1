// Les mots français de l’admin pour la connexion et les étapes de l’authentificateur.
import type { Translated } from "@supabase-client/i18n/translate";
import type { auth as english } from "../en/auth";

export const auth: Translated<typeof english> = {
  login: { title: "Connectez-vous à votre compte" },
  mfa: {
    codeLabel: "Saisissez le code de votre application d’authentification",
    enrollTitle: "Activer la connexion en deux étapes",
    enrollWhy:
      "Les comptes de l’équipe ouvrent les données des clients : après votre mot de passe, Atrium demande donc un code d’une application d’authentification. Ajoutez-en une pour continuer ; les connexions suivantes demanderont son code.",
    addApp: "Ajoutez votre application d’authentification",
  },
};
