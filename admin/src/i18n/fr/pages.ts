// Les mots français de l’admin pour les pages du site.
import type { Translated } from "@supabase-client/i18n/translate";
import type { pages as english } from "../en/pages";

export const pages: Translated<typeof english> = {
  list: {
    create: "Nouvelle page",
    empty: "Aucune page pour l’instant.",
    title: "Titre",
    slug: "Adresse",
    status: "Statut",
    updated: "Modifiée",
    actions: "Actions",
  },
  show: {
    untitled: "Page",
    published: "Publiée le",
    body: "Contenu",
    revisions: "Versions",
  },
  form: {
    newTitle: "Nouvelle page",
    created: "Page créée",
    editTitle: "Modifier {title}",
    editUntitled: "Modifier la page",
    saved: "Page enregistrée",
    slugHelp: "L’adresse de la page, par exemple about ou legal/privacy.",
  },
  publish: {
    question: "Publier « {title} » ?",
    questionUntitled: "Publier cette page ?",
    text: "Elle devient publique sur le site, lisible par tous sans connexion.",
    publish: "Publier",
    published: "Page publiée",
    unpublishQuestion: "Dépublier « {title} » ?",
    unpublishText: "Elle n’est plus visible sur le site.",
    unpublish: "Dépublier",
    unpublished: "Page repassée en brouillon",
  },
  revisions: {
    empty: "Aucune version pour l’instant.",
    emptyBody: "(contenu vide)",
    revision: "Version",
    savedBy: "Enregistrée par",
    saved: "Enregistrée le",
  },
  media: {
    insert: "Insérer une image",
    library: "Médiathèque",
    uploaded: "{name} envoyée",
    choose: "Choisir une image",
    upload: "Envoyer l’image",
    empty: "Aucune image pour l’instant : envoyez la première.",
    insertOne: "Insérer {name}",
  },
  preview: {
    button: "Aperçu",
    loading: "Chargement de l’aperçu…",
    missing: "Page introuvable",
    missingText: "Elle a été supprimée, ou le lien est erroné.",
    backToList: "Retour aux pages",
    failed: "L’aperçu n’a pas pu être chargé",
    published: "Aperçu : page publiée",
    draft: "Aperçu : brouillon",
    publishedText: "Les visiteurs voient cette page à l’adresse {path} du portail.",
    draftText:
      "Seul le personnel la voit. Les visiteurs obtiennent « Page introuvable » à {path} tant qu’elle n’est pas publiée.",
    backToEditor: "Retour à l’éditeur",
  },
};
