// The admin's English words for the access matrix (see ../README.md). The database's own names
// (roles, operations, policies, SQL) stay as Postgres spells them.
export const accessMatrix = {
  page: {
    title: "Access matrix",
    refresh: "Refresh",
    readFailed: "The access matrix could not be read",
    badShape: "The database answered in an unexpected shape.",
    reading: "Reading the database…",
    nothing: "Nothing to show.",
    noTables: "No exposed tables.",
    table: "Table",
    policies: "Policies",
  },
  legend: {
    cells: "Each cell shows",
    operations: "(select, insert, update, delete):",
    hover: ". Hover a letter for the policies behind it. Clients, team and admins are all",
    apart: "; their policies tell them apart.",
  },
  reach: { all: "every row", some: "some rows", none: "refused" },
  // A cell's sentence (its tooltip and accessible name); the role and operation as Postgres
  // spells them.
  cell: "{role} {operation}: {reach} ({reason})",
  // Its reason: one message per kind of derive-access.ts's `reasonKinds`; `{apiRole}`,
  // `{operation}` and `{buckets}` are the database's own names.
  reasons: {
    noGrant: "{apiRole} has no {operation} grant",
    invokerView: "the view reads its tables as the caller: their policies decide",
    ownerView: "the view reads its tables as its owner, past their RLS",
    rlsOff: "RLS is off: every row",
    noPolicy: "no policy lets this role in",
    everyRow: "every row",
    policyRows: "rows the policy allows",
    publicBuckets: "anyone reads the objects of {buckets} by URL",
  },
  // A reason that holds for some columns only, and two reasons of one cell.
  someColumns: "{reason} (some columns only)",
  bothReasons: "{first}; {second}",
  // After the reason; the policies are the database's names.
  through: "through {policies}",
  flags: {
    none: "No warnings",
    noneText:
      "Every exposed table has row level security on, every exposed view reads as the caller, and no policy is always true for anon or signed-in users.",
    one: "{count} warning",
    many: "{count} warnings",
    rlsDisabled: "{table}: row level security is off, so every grant reaches every row.",
    viewAsOwner:
      "{table}: the view reads its tables as its owner, so their row level security does not apply; create it with (security_invoker = true).",
    alwaysTrue: "{table}: policy “{policy}” ({command}, {roles}) is always true.",
  },
  policies: {
    mayAttempt: "{role} may attempt",
    someColumns: "{operation} (some columns)",
    nothing: "nothing",
    empty: "No policies: with RLS on, nobody but the owner gets a row.",
    label: "Policies on {table}",
    policy: "Policy",
    command: "Command",
    roles: "Roles",
    kind: "Kind",
    permissive: "permissive",
    restrictive: "restrictive",
    using: "Using",
    withCheck: "With check",
  },
  tags: {
    rlsOff: "RLS off",
    view: "view",
    ownerView: "view, as owner",
    rlsForced: "RLS forced",
    publicBucket: "public bucket: {bucket}",
  },
} as const;
