// Les mots français de l’admin pour les personnes, les rôles et les invitations.
import type { Translated } from "@supabase-client/i18n/translate";
import type { people as english } from "../en/people";

export const people: Translated<typeof english> = {
  roles: {
    client: "Client",
    team: "Équipe",
    admin: "Admin",
    question: {
      client: "Faire de {name} un client ?",
      team: "Faire de {name} un membre de l’équipe ?",
      admin: "Faire de {name} un admin ?",
    },
    consequence: {
      admin:
        "Les admins lisent et modifient tout, y compris les rôles, les modèles et l’accès bêta.",
      team: "L’équipe lit les données de chaque client dans l’admin et ne peut plus utiliser le portail comme client.",
      client:
        "Les clients perdent l’admin et ne voient que leur propre entreprise dans le portail.",
    },
  },
  list: {
    search: "Rechercher des personnes",
    searchPlaceholder: "Nom ou e-mail",
    filterRole: "Filtrer par rôle",
    anyRole: "Tous les rôles",
    empty: "Personne ne correspond.",
    name: "Nom",
    email: "E-mail",
    role: "Rôle",
    company: "Entreprise",
    joined: "Inscrit le",
    actions: "Actions",
  },
  show: {
    untitled: "Personne",
    bounced: "Rejeté",
    emailLanguage: "Langue des e-mails",
  },
  form: {
    editTitle: "Modifier {name}",
    editUntitled: "Modifier la personne",
    saved: "{name} : enregistré",
    theProfile: "Le profil",
    changeRole: "Changer le rôle",
    adminOnly: "Seul un admin peut changer un rôle.",
    languages: { en: "Anglais", fr: "Français" },
  },
  resetMfa: {
    button: "Réinitialiser la connexion en deux étapes",
    question: "Réinitialiser la connexion en deux étapes de {name} ?",
    ok: "Réinitialiser",
    effect:
      "Chaque application d’authentification configurée par {name} cesse de fonctionner pour Atrium. À la prochaine connexion, il ou elle saisit son mot de passe et configure à nouveau une application.",
    caution:
      "Ne le faites que si vous êtes sûr que la demande vient bien de cette personne (par exemple, elle a perdu son téléphone). La réinitialisation est inscrite au journal d’audit et {email} reçoit un e-mail à ce sujet.",
    doneOne:
      "La connexion en deux étapes de {name} a été réinitialisée (1 application supprimée) ; nous lui avons envoyé un e-mail",
    doneMany:
      "La connexion en deux étapes de {name} a été réinitialisée ({count} applications supprimées) ; nous lui avons envoyé un e-mail",
  },
  invitations: {
    title: "Invitations en attente",
    invite: "Inviter quelqu’un",
    empty:
      "Aucune invitation en attente. Invitez un membre de l’équipe ou un contact client par e-mail.",
    lastSent: "Dernier envoi",
    emails: "E-mails",
    resend: "Renvoyer",
    resent: "Une nouvelle invitation est partie à {email} ; le lien précédent ne fonctionne plus",
    revoke: "Révoquer",
    revokeQuestion: "Révoquer l’invitation de {email} ?",
    revokeText: "Le lien de leur e-mail cesse de fonctionner.",
    revoked: "L’invitation de {email} a été révoquée",
    send: "Envoyer l’invitation",
    sent: "Invitation envoyée à {email}",
    companyHelp: "Le client voit les projets de cette entreprise dans le portail.",
    chooseCompanyRule: "Choisissez l’entreprise de ce client",
    chooseCompany: "Choisissez une entreprise",
    staffNote:
      "Le personnel configure une application d’authentification lors de sa première connexion à l’admin.",
  },
};
