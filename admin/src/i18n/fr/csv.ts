// Les mots français de l’admin pour l’import et l’export CSV (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { csv as english } from "../en/csv";

export const csv: Translated<typeof english> = {
  import: {
    button: "Importer un CSV",
    title: "Importer des {things} depuis un CSV",
    stepUpload: "Fichier",
    stepColumns: "Colonnes",
    stepPreview: "Aperçu",
    stepSummary: "Bilan",
    checking: "Recherche de doublons parmi les {things} déjà en base…",
    saving: "Enregistrement de {count} {things} en une fois…",
    cannotImport: "Ce fichier ne peut pas être importé",
    drop: "Cliquez ou déposez un fichier CSV ici",
    dropHint: "La première ligne nomme les colonnes.",
    noHeader: "Le fichier n’a pas de ligne d’en-tête.",
    noRows: "Le fichier n’a aucune ligne sous son en-tête.",
    tooMany: "Le fichier compte {count} lignes ; importez-en au plus {max} à la fois.",
    badRow: "Ligne {row} : {problem}.",
    rowsFound: "{count} lignes trouvées. Choisissez la colonne qui remplit chaque champ.",
    leaveBlank: "Laisser vide",
    chooseColumn: "Choisissez une colonne pour {fields}.",
    otherFile: "Choisir un autre fichier",
    checkRows: "Vérifier les lignes",
    nothingImported: "Rien n’a été importé",
    readyCount:
      "{ready} lignes sur {total} sont prêtes à être importées ; {skipped} seront ignorées.",
    withProblems: "Lignes à problème ({count})",
    allRows: "Toutes les lignes ({count})",
    backToColumns: "Retour aux colonnes",
    importCount: "Importer {count} {things}",
    row: "Ligne",
    problems: "Problèmes",
    ready: "Prête",
    imported: "Import terminé : {count} {things}",
    oneSkipped: "{count} ligne a été ignorée.",
    manySkipped: "{count} lignes ont été ignorées.",
    noneSkipped: "Aucune ligne n’a été ignorée.",
    skippedRows: "Lignes ignorées",
  },
  export: {
    button: "Exporter en CSV",
    progress: "Export : {fetched} sur {total}…",
    failed: "L’export a échoué.",
  },
};
