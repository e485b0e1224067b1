// Les mots français de l’admin pour la matrice d’accès (voir ../README.md).
import type { Translated } from "@supabase-client/i18n/translate";
import type { accessMatrix as english } from "../en/access-matrix";

export const accessMatrix: Translated<typeof english> = {
  page: {
    title: "Matrice d’accès",
    refresh: "Actualiser",
    readFailed: "La matrice d’accès n’a pas pu être lue",
    badShape: "La base de données a répondu sous une forme inattendue.",
    reading: "Lecture de la base de données…",
    nothing: "Rien à afficher.",
    noTables: "Aucune table exposée.",
    table: "Table",
    policies: "Politiques",
  },
  legend: {
    cells: "Chaque cellule montre",
    operations: "(select, insert, update, delete) :",
    hover:
      ". Survolez une lettre pour voir les politiques qui l’expliquent. Clients, équipe et admins sont tous",
    apart: " ; leurs politiques les distinguent.",
  },
  reach: { all: "toutes les lignes", some: "certaines lignes", none: "refusé" },
  cell: "{role} {operation} : {reach} ({reason})",
  reasons: {
    noGrant: "{apiRole} n’a pas le droit {operation}",
    invokerView: "la vue lit ses tables en tant qu’appelant : leurs politiques décident",
    ownerView: "la vue lit ses tables en tant que propriétaire, sans leur RLS",
    rlsOff: "RLS désactivée : toutes les lignes",
    noPolicy: "aucune politique ne laisse entrer ce rôle",
    everyRow: "toutes les lignes",
    policyRows: "les lignes que la politique permet",
    publicBuckets: "n’importe qui lit les objets de {buckets} par leur URL",
  },
  someColumns: "{reason} (certaines colonnes seulement)",
  bothReasons: "{first} ; {second}",
  through: "via {policies}",
  flags: {
    none: "Aucun avertissement",
    noneText:
      "Chaque table exposée a la sécurité au niveau des lignes activée, chaque vue exposée lit en tant qu’appelant, et aucune politique n’est toujours vraie pour anon ou les utilisateurs connectés.",
    one: "{count} avertissement",
    many: "{count} avertissements",
    rlsDisabled:
      "{table} : la sécurité au niveau des lignes est désactivée, chaque droit atteint donc chaque ligne.",
    viewAsOwner:
      "{table} : la vue lit ses tables en tant que propriétaire, leur sécurité au niveau des lignes ne s’applique donc pas ; créez-la avec (security_invoker = true).",
    alwaysTrue: "{table} : la politique « {policy} » ({command}, {roles}) est toujours vraie.",
  },
  policies: {
    mayAttempt: "{role} peut tenter",
    someColumns: "{operation} (certaines colonnes)",
    nothing: "rien",
    empty: "Aucune politique : avec la RLS active, seul le propriétaire obtient des lignes.",
    label: "Politiques sur {table}",
    policy: "Politique",
    command: "Commande",
    roles: "Rôles",
    kind: "Type",
    permissive: "permissive",
    restrictive: "restrictive",
    using: "Using",
    withCheck: "With check",
  },
  tags: {
    rlsOff: "RLS désactivée",
    view: "vue",
    ownerView: "vue, en propriétaire",
    rlsForced: "RLS forcée",
    publicBucket: "bucket public : {bucket}",
  },
};
