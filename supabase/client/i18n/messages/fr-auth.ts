// L’inscription, la connexion et les pages où mènent les e-mails d’Auth, en français.
import type { Messages } from "./types";

export const frAuth: Messages["auth"] = {
  errors: {
    otpExpired: "Ce lien ou ce code a expiré ou a déjà été utilisé.",
    invalidCredentials: "L’adresse e-mail ou le mot de passe est incorrect.",
    emailNotConfirmed:
      "Confirmez d’abord votre e-mail : ouvrez le lien que nous vous avons envoyé.",
    noAccount: "Aucun compte n’utilise cette adresse e-mail.",
    tooMany: "Trop de tentatives. Attendez une minute, puis réessayez.",
    signupUnavailable: "L’inscription n’est pas disponible.",
    samePassword: "C’est déjà votre mot de passe. Choisissez-en un autre.",
    weakPassword:
      "Ce mot de passe est trop facile à deviner. Choisissez-en un plus long, que vous n’utilisez nulle part ailleurs.",
    emailTaken: "Un compte utilise déjà cette adresse e-mail.",
  },
  login: {
    title: "Connexion",
    intro: "Suivez votre demande, vos projets et vos versions bêta.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    linkSent: "Nous avons envoyé un lien de connexion à {email}.",
    linkSentText: "Ouvrez-le sur cet appareil pour vous connecter. Il ne sert qu’une fois.",
    emailLink: "Recevoir plutôt un lien de connexion par e-mail",
    forgot: "Mot de passe oublié ?",
    newHere: "Nouveau ?",
    requestAccess: "Demander un accès",
    newConfirmation: "M’envoyer un nouvel e-mail de confirmation",
  },
  forgot: {
    title: "Mot de passe oublié ?",
    intro: "Nous vous enverrons par e-mail un lien pour en choisir un nouveau.",
    sent: "Si un compte utilise {email}, un lien pour choisir un nouveau mot de passe est en route.",
    submit: "Recevoir un lien",
    back: "Retour à la connexion",
  },
  mfa: {
    title: "Connexion en deux étapes",
    intro:
      "Ouvrez l’application d’authentification configurée pour Atrium et saisissez le code à 6 chiffres qu’elle affiche.",
    label: "Code de votre application d’authentification",
  },
  signup: {
    title: "Demander un accès",
    intro:
      "Dites-nous qui vous êtes et ce dont vous avez besoin. Vous confirmerez votre e-mail, puis notre équipe examinera votre demande.",
    fullName: "Nom complet",
    company: "Entreprise",
    email: "Adresse e-mail",
    password: "Mot de passe",
    passwordHelp: "Au moins 8 caractères.",
    need: "De quoi avez-vous besoin ?",
    budget: "Budget",
    message: "Autre chose à nous dire ?",
    emailsIn: "E-mails en",
    sending: "Envoi…",
    submit: "Demander un accès",
    haveAccount: "Vous avez déjà un compte ?",
    signIn: "Se connecter",
    projectTypes: {
      website: "Site web",
      webApp: "Application web",
      mobileApp: "Application mobile",
      design: "Design",
      other: "Autre chose",
    },
    budgets: {
      under10: "Moins de 10 k€",
      to25: "10 k€ – 25 k€",
      to100: "25 k€ – 100 k€",
      over100: "Plus de 100 k€",
      unsure: "Je ne sais pas encore",
    },
    checkTitle: "Consultez vos e-mails",
    checkText:
      "Nous avons envoyé un lien et un code de confirmation à {email}. Ouvrez le lien pour confirmer votre adresse.",
    sentAgain: "Nous l’avons renvoyé.",
    sendAgain: "Renvoyer l’e-mail",
  },
  confirm: {
    incomplete:
      "Ce lien est incomplet. Copiez le lien entier depuis l’e-mail, ou utilisez le code.",
    otherConfirmed: "Cette adresse est confirmée.",
    otherText:
      "Nous avons aussi envoyé un lien à votre autre adresse. Ouvrez-le pour terminer le changement.",
    requestText:
      "Saisissez l’adresse utilisée à l’inscription et nous vous enverrons un nouveau lien de confirmation.",
    haveCode: "Vous avez le code à 6 chiffres ?",
    codeText:
      "L’e-mail contient aussi un code à 6 chiffres. Saisissez-le avec votre adresse pour continuer.",
    clickText:
      "Cliquez sur le bouton pour terminer. Nous demandons un clic pour que les antivirus de messagerie, qui ouvrent les liens d’eux-mêmes, ne puissent pas utiliser votre lien.",
    email: "Adresse e-mail",
    code: "Code à 6 chiffres",
    resendSent: "Si {email} attend une confirmation, un nouveau lien est en route.",
    resend: "M’envoyer un nouveau lien",
    choosePassword: "Choisissez le mot de passe avec lequel vous vous connecterez.",
    newPassword: "Nouveau mot de passe",
    repeatPassword: "Répétez le mot de passe",
    savePassword: "Enregistrer le mot de passe",
    signup: {
      title: "Confirmez votre e-mail",
      action: "Confirmer mon e-mail",
      done: "Votre e-mail est confirmé.",
    },
    signIn: { title: "Connexion à Atrium", action: "Me connecter", done: "Vous êtes connecté." },
    recovery: {
      title: "Réinitialiser votre mot de passe",
      action: "Continuer",
      done: "Votre mot de passe a été changé.",
    },
    invite: {
      title: "Accepter votre invitation",
      action: "Accepter l’invitation",
      done: "Votre compte est prêt.",
    },
    emailChange: {
      title: "Confirmez votre nouvelle adresse e-mail",
      action: "Confirmer le changement",
      done: "Votre adresse e-mail est confirmée.",
    },
  },
};
