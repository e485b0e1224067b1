// Stage 3 (whole request): a planned request becomes everything it sends to Postgres, decided
// before a connection is taken: the settings statement (PostgREST's PreQuery.hs), the main
// statement, the planner's count estimate and how the transaction ends.
import type { Caller } from "./authenticate";
import { buildExplain, buildStatement, type Shape, type Statement } from "./build-sql";
import type { SchemaCache } from "./catalogue";
import type { RestConfig } from "./config";
import { maxAffectedNeedsSet, tooManyValues } from "./errors";
import { explainStatement } from "./explain";
import { cannotSwitchRole } from "./jwt-errors";
import type { PlanRequest } from "./parse-headers";
import type { ApiRequest } from "./parse-request";
import { type Plan, planRequest } from "./plan";
import { ident } from "./sql-fragment";

/** The wire protocol counts parameters in 16 bits; leave room below its 65535. */
const MAX_PARAMETERS = 65_000;

/** Everything one request sends to Postgres, decided before a connection is taken. */
export interface Transaction {
  plan: Plan;
  shape: Shape;
  /** The main statement (or its EXPLAIN for a plan request). */
  statement: Statement;
  /** `Accept: application/vnd.pgrst.plan…`: the statement is an EXPLAIN and answers with it. */
  planRequest: PlanRequest | null;
  /** `begin read only` for GET and HEAD. */
  readOnly: boolean;
  /** The `select set_config(…)` of the request's role, claims and headers. */
  setup: { text: string; values: unknown[] };
  /** The planner's row estimate for count=planned|estimated. */
  explain: Statement | null;
  /** Rows a strict `Prefer: max-affected` allows (PGRST124 past it). */
  maxAffected: number | null;
  /** `Accept: application/vnd.pgrst.object+json` on a reply with rows: exactly one (PGRST116). */
  single: boolean;
  /** A write that may still be refused after it ran: COMMIT waits for the outcome. */
  decideAfter: boolean;
  end: "commit" | "rollback";
}

function setupStatement(
  caller: Caller,
  request: ApiRequest,
  config: RestConfig,
  roleSettings: [string, string][],
) {
  const searchPath = [
    request.schema,
    ...config.PGRST_DB_EXTRA_SEARCH_PATH.filter((s) => s !== request.schema),
  ]
    .map(ident)
    .join(", ");
  const values: unknown[] = [
    caller.role,
    JSON.stringify(caller.claims),
    request.method,
    request.path,
    JSON.stringify(request.headers),
    JSON.stringify(request.cookies),
    searchPath,
  ];
  const names = [
    "role",
    "request.jwt.claims",
    "request.method",
    "request.path",
    "request.headers",
    "request.cookies",
    "search_path",
  ];
  if (request.prefer.timezone) {
    values.push(request.prefer.timezone);
    names.push("timezone");
  }
  const parts = names.map((name, i) => `set_config('${name}', $${i + 1}, true)`);
  // The role's own `ALTER ROLE … SET` values (e.g. anon's statement_timeout), as PostgREST applies them.
  for (const [name, value] of roleSettings) {
    values.push(name, value);
    parts.push(`set_config($${values.length - 1}, $${values.length}, true)`);
  }
  return { text: `select ${parts.join(", ")}`, values };
}

/**
 * `commit` or `rollback`: PostgREST's db-tx-end, or the client's `Prefer: tx=` where it may override.
 */
function transactionEnd(request: ApiRequest, config: RestConfig): "commit" | "rollback" {
  return (
    request.prefer.tx ?? (config.PGRST_DB_TX_END.startsWith("rollback") ? "rollback" : "commit")
  );
}

/**
 * The row limit of `Prefer: max-affected`, which PostgREST enforces only with `handling=strict`
 * and only on PATCH, DELETE and RPC; a function must return a set for it to count (PGRST128).
 */
function strictMaxAffected(request: ApiRequest, plan: Plan): number | null {
  const { prefer } = request;
  if (prefer.handling !== "strict" || prefer.maxAffected === null) {
    return null;
  }
  if (plan.type === "rpc") {
    if (!plan.routine.returnsSet) {
      throw maxAffectedNeedsSet();
    }
    return prefer.maxAffected;
  }
  return plan.type === "update" || plan.type === "delete" ? prefer.maxAffected : null;
}

/**
 * Plans one request and builds its SQL: the pure part of a request, cacheable per request.
 * @example const tx = prepareTransaction(cache.current(), config, caller, request);
 */
export function prepareTransaction(
  cache: SchemaCache,
  config: RestConfig,
  caller: Caller,
  request: ApiRequest,
): Transaction {
  const roleSettings = cache.roles.get(caller.role);
  if (!roleSettings) {
    // Only roles the login role may become are accepted, so set_config('role') never fails late.
    throw cannotSwitchRole(caller.role, caller.isAnon, cache.allRoles.has(caller.role));
  }
  const plan = planRequest(cache, request, config.PGRST_DB_MAX_ROWS);
  const representation =
    request.prefer.return === "representation" || (plan.type === "insert" && plan.location);
  const shape: Shape = {
    media: request.media,
    stripNulls: request.stripNulls,
    count: request.prefer.count,
    representation,
    maxRows: config.PGRST_DB_MAX_ROWS,
  };
  const built = buildStatement(plan, shape);
  const statement = request.plan ? explainStatement(built, request.plan) : built;
  if (statement.params.length > MAX_PARAMETERS) {
    throw tooManyValues(MAX_PARAMETERS);
  }
  const setup = setupStatement(caller, request, config, roleSettings);
  const explainNode = plan.type === "read" ? plan.node : plan.type === "rpc" ? plan.node : null;
  const wantsPlan =
    !request.plan &&
    (shape.count === "planned" || shape.count === "estimated") &&
    explainNode !== null;
  const maxAffected = request.plan ? null : strictMaxAffected(request, plan);
  const answersRows =
    plan.type === "read" || plan.type === "rpc" || request.prefer.return === "representation";
  return {
    plan,
    shape,
    statement,
    planRequest: request.plan,
    readOnly: request.readOnly,
    setup,
    explain: wantsPlan && explainNode ? buildExplain(explainNode) : null,
    maxAffected,
    single: answersRows && request.media === "object",
    // A write refused after it ran (PGRST116, PGRST124) must roll back, so it cannot commit blindly.
    decideAfter:
      !request.plan && ((!request.readOnly && request.media === "object") || maxAffected !== null),
    end: transactionEnd(request, config),
  };
}
