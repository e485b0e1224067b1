// From the database's facts about a table (grants, RLS, pg_policies rows) to what each person may
// do: anon is the `anon` API role; clients, team and admins all sign in as `authenticated` and
// are told apart by the role helpers their policies call (`private.is_staff()`,
// `private.is_admin()`). A condition on the row itself cannot be decided without the row, so it
// reads "some rows" and the policy's text says which.
import type { AccessMatrixRow, AccessPolicy } from "@db/validation/access-matrix";

export const matrixRoles = ["anon", "client", "team", "admin"] as const;
export type MatrixRole = (typeof matrixRoles)[number];

export const operations = ["select", "insert", "update", "delete"] as const;
export type Operation = (typeof operations)[number];

/** `all`: every row; `some`: rows meeting a condition; `none`: refused. */
export type Reach = "all" | "some" | "none";

/** Why a cell reaches what it does; each kind is a message of `admin.accessMatrix.reasons`. */
export const reasonKinds = [
  "noGrant",
  "invokerView",
  "ownerView",
  "rlsOff",
  "noPolicy",
  "everyRow",
  "policyRows",
  "publicBuckets",
] as const;
export type ReasonKind = (typeof reasonKinds)[number];

/**
 * One reason, as data the page words in the reader's language: its kind, the database's names
 * it mentions (roles, operations, buckets), and whether the grant covers some columns only.
 */
export interface ReasonPart {
  key: ReasonKind;
  values: Readonly<Record<string, string>>;
  someColumns: boolean;
}

export interface AccessCell {
  reach: Reach;
  /** The policies that let this role in (empty when RLS is off or nothing does). */
  policies: string[];
  /** Why, for the cell's tooltip: the relation's reason, then the public buckets' if any. */
  reason: ReasonPart[];
}

const because = (
  key: ReasonKind,
  { values = {}, someColumns = false }: Partial<Omit<ReasonPart, "key">> = {},
): ReasonPart => ({ key, values, someColumns });

const rank: Record<Reach, number> = { none: 0, some: 1, all: 2 };
const widest = (reaches: readonly Reach[]): Reach =>
  reaches.reduce<Reach>((best, reach) => (rank[reach] > rank[best] ? reach : best), "none");
const narrowest = (reaches: readonly Reach[]): Reach =>
  reaches.reduce<Reach>((least, reach) => (rank[reach] < rank[least] ? reach : least), "all");

/** `(a) OR (b)` → the text without the parentheses that wrap all of it. */
function unwrap(expression: string): string {
  let text = expression.trim();
  while (text.startsWith("(") && closingParen(text) === text.length - 1) {
    text = text.slice(1, -1).trim();
  }
  return text;
}

/** Each position of a policy expression with the parenthesis depth there, quotes left out. */
function* scan(text: string): Generator<{ i: number; depth: number; isQuoted: boolean }> {
  let depth = 0;
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "'") {
      isQuoted = !isQuoted;
    } else if (!isQuoted && char === "(") {
      depth += 1;
    } else if (!isQuoted && char === ")") {
      depth -= 1;
    }
    yield { i, depth, isQuoted };
  }
}

/** Where the parenthesis opening `text` closes; -1 if it never does. */
function closingParen(text: string): number {
  for (const { i, depth, isQuoted } of scan(text)) {
    if (!isQuoted && text[i] === ")" && depth === 0) {
      return i;
    }
  }
  return -1;
}

/** Splits on a boolean operator outside parentheses and quotes. */
function splitTop(text: string, operator: "OR" | "AND"): string[] {
  const parts: string[] = [];
  const token = ` ${operator} `;
  let start = 0;
  for (const { i, depth, isQuoted } of scan(text)) {
    // Past the last operator only: its own letters never start another.
    const isOperator =
      i >= start &&
      !isQuoted &&
      depth === 0 &&
      text.slice(i, i + token.length).toUpperCase() === token;
    if (isOperator) {
      parts.push(text.slice(start, i));
      start = i + token.length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const helperCall = (name: string) =>
  new RegExp(`^(SELECT\\s+)?private\\.${name}\\(\\)(\\s+AS\\s+\\w+)?$`, "i");
const isAdminCall = helperCall("is_admin");
const isStaffCall = helperCall("is_staff");

/**
 * How much of a table one policy expression opens to a role.
 * @example reachOf("(( SELECT private.is_staff() AS is_staff) OR (company_id = …))", "team") // "all"
 */
export function reachOf(expression: string | null, role: MatrixRole): Reach {
  if (expression === null) {
    return "all";
  }
  const text = unwrap(expression);
  const alternatives = splitTop(text, "OR");
  if (alternatives.length > 1) {
    return widest(alternatives.map((part) => reachOf(part, role)));
  }
  const conditions = splitTop(text, "AND");
  if (conditions.length > 1) {
    return narrowest(conditions.map((part) => reachOf(part, role)));
  }
  if (/^true$/i.test(text)) {
    return "all";
  }
  if (/^false$/i.test(text)) {
    return "none";
  }
  if (isAdminCall.test(text)) {
    return role === "admin" ? "all" : "none";
  }
  if (isStaffCall.test(text)) {
    return role === "team" || role === "admin" ? "all" : "none";
  }
  return "some";
}

const apiRoleOf = (role: MatrixRole) => (role === "anon" ? "anon" : "authenticated");

/** The expressions Postgres checks for an operation under one policy. */
function expressionsFor(policy: AccessPolicy, operation: Operation): (string | null)[] {
  switch (operation) {
    case "select":
    case "delete":
      return [policy.using];
    case "insert":
      return [policy.with_check ?? policy.using];
    case "update":
      return [policy.using, policy.with_check ?? policy.using];
  }
}

/**
 * What `role` may do with `operation` on the table or view, and through which policies.
 * @example accessCell(projectsRow, "client", "select") // { reach: "some", policies: ["staff and …"], … }
 */
export function accessCell(
  row: AccessMatrixRow,
  role: MatrixRole,
  operation: Operation,
): AccessCell {
  const cell = relationCell(row, role, operation);
  // Storage serves a public bucket's objects to anyone by URL, past storage.objects' policies.
  if (operation !== "select" || row.public_buckets.length === 0) {
    return cell;
  }
  const reason = because("publicBuckets", { values: { buckets: row.public_buckets.join(", ") } });
  return cell.reach === "none"
    ? { reach: "some", policies: [], reason: [reason] }
    : { ...cell, reason: [...cell.reason, reason] };
}

function relationCell(row: AccessMatrixRow, role: MatrixRole, operation: Operation): AccessCell {
  const apiRole = apiRoleOf(role);
  const grant = row.grants[apiRole][operation];
  if (grant === null) {
    return {
      reach: "none",
      policies: [],
      reason: [because("noGrant", { values: { apiRole, operation } })],
    };
  }
  const someColumns = grant === "columns";
  if (row.relation_kind === "invoker_view") {
    return {
      reach: "some",
      policies: [],
      reason: [because("invokerView", { someColumns })],
    };
  }
  if (row.relation_kind === "owner_view") {
    return {
      reach: grant === "columns" ? "some" : "all",
      policies: [],
      reason: [because("ownerView", { someColumns })],
    };
  }
  if (!row.rls_enabled) {
    return {
      reach: grant === "columns" ? "some" : "all",
      policies: [],
      reason: [because("rlsOff", { someColumns })],
    };
  }
  const applicable = row.policies.filter(
    (policy) =>
      (policy.roles.includes(apiRole) || policy.roles.includes("public")) &&
      (policy.command === "ALL" || policy.command === operation.toUpperCase()),
  );
  const reachOfPolicy = (policy: AccessPolicy) =>
    narrowest(expressionsFor(policy, operation).map((expression) => reachOf(expression, role)));
  const opening = applicable
    .filter((policy) => policy.permissive)
    .map((policy) => ({ name: policy.name, reach: reachOfPolicy(policy) }))
    .filter((policy) => policy.reach !== "none");
  const restricting = applicable.filter((policy) => !policy.permissive);
  let reach = narrowest([
    widest(opening.map((policy) => policy.reach)),
    ...restricting.map(reachOfPolicy),
  ]);
  if (reach === "all" && grant === "columns") {
    reach = "some";
  }
  const names = [...opening.map((policy) => policy.name), ...restricting.map((p) => p.name)];
  const reason =
    reach === "none"
      ? because("noPolicy")
      : because(reach === "all" ? "everyRow" : "policyRows", { someColumns });
  return { reach, policies: reach === "none" ? [] : names, reason: [reason] };
}
