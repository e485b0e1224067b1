// Les clés de Refine lui-même (boutons, notifications, pages d’erreur, fil d’Ariane) en français.
import type { Translated } from "@supabase-client/i18n/translate";
import type { refine as english } from "../en/refine";

export const refine: Translated<typeof english> = {
  buttons: {
    create: "Créer",
    save: "Enregistrer",
    logout: "Se déconnecter",
    delete: "Supprimer",
    edit: "Modifier",
    cancel: "Annuler",
    confirm: "Êtes-vous sûr ?",
    filter: "Filtrer",
    clear: "Effacer",
    refresh: "Actualiser",
    show: "Voir",
    list: "Liste",
    undo: "Annuler",
    import: "Importer",
    export: "Exporter",
    clone: "Dupliquer",
    notAccessTitle: "Vous n’avez pas l’autorisation d’y accéder",
  },
  warnWhenUnsavedChanges:
    "Voulez-vous vraiment quitter la page ? Vos modifications ne sont pas enregistrées.",
  notifications: {
    success: "Réussi",
    error: "Erreur (code {statusCode})",
    undoable: "Vous avez {seconds} secondes pour annuler",
    createSuccess: "Création réussie ({resource})",
    createError: "La création a échoué ({resource}, code {statusCode})",
    deleteSuccess: "Suppression réussie ({resource})",
    deleteError: "Erreur (code {statusCode})",
    editSuccess: "Modification enregistrée ({resource})",
    editError: "La modification a échoué ({resource}, code {statusCode})",
    importProgress: "Import : {processed}/{total}",
  },
  actions: { list: "Liste", create: "Créer", edit: "Modifier", show: "Voir", clone: "Dupliquer" },
  table: { actions: "Actions" },
  autoSave: {
    success: "enregistré",
    error: "l’enregistrement automatique a échoué",
    loading: "enregistrement…",
    idle: "en attente de modifications",
  },
  pages: {
    error: {
      "404": "Désolé, la page demandée n’existe pas.",
      info: "Le composant « {action} » manque peut-être à la ressource « {resource} ».",
      backHome: "Retour à l’accueil",
    },
  },
};
