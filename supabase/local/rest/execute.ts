// Runs one request: one transaction on the authenticator pool, the per-request settings as
// bind parameters, then the one main statement (PostgREST's Query.hs and PreQuery.hs).
import type postgres from "postgres";
import {
  AbandonedWork,
  AcquisitionTimeout,
  guardWork,
  isDatabaseUnavailable,
  reserveWithin,
} from "../connection-faults";
import type { Caller } from "./authenticate";
import { buildExplain, buildStatement, type Shape, type Statement } from "./build-sql";
import type { RestConfig } from "./config";
import {
  acquisitionTimeout,
  cannotSwitchRole,
  databaseUnavailable,
  databaseUnreachable,
  fromPostgres,
  isConnectionError,
  isPostgresError,
  maxAffectedExceeded,
  maxAffectedNeedsSet,
  tooManyValues,
} from "./errors";
import { explainStatement, planResponse } from "./explain";
import type { ApiRequest } from "./parse-request";
import { type Plan, planRequest } from "./plan";
import { type Outcome, respond } from "./respond";
import type { SchemaCache } from "./schema-cache";
import { ident } from "./sql-fragment";

/** The wire protocol counts parameters in 16 bits; leave room below its 65535. */
const MAX_PARAMETERS = 65_000;

interface ResultRow {
  total: string | number | null;
  page_total: string | number | null;
  body: string | null;
  inserted: string | number | null;
}

const toNumber = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

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

/** Everything one request sends to Postgres, decided before a connection is taken. */
export interface Transaction {
  plan: Plan;
  shape: Shape;
  /** The main statement (or its EXPLAIN for a plan request). */
  statement: Statement;
  /** The `select set_config(…)` of the request's role, claims and headers. */
  setup: { text: string; values: unknown[] };
  /** The planner's row estimate for count=planned|estimated. */
  explain: Statement | null;
  maxAffected: number | null;
  /** A write that may still be refused after it ran: COMMIT waits for the outcome. */
  decideAfter: boolean;
  end: "commit" | "rollback";
}

/**
 * Plans one request and builds its SQL: the pure part of {@link execute}.
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
    throw cannotSwitchRole(caller.role, caller.isAnon);
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
  return {
    plan,
    shape,
    statement,
    setup,
    explain: wantsPlan && explainNode ? buildExplain(explainNode) : null,
    maxAffected,
    // A write refused after it ran (PGRST116, PGRST124) must roll back, so it cannot commit blindly.
    decideAfter:
      !request.plan && ((!request.readOnly && request.media === "object") || maxAffected !== null),
    end: transactionEnd(request, config),
  };
}

/**
 * Runs and answers one request planned by {@link prepareTransaction}.
 * @example const response = await execute(sql, config, caller, request, prepareTransaction(…));
 */
export async function execute(
  sql: postgres.Sql,
  config: RestConfig,
  caller: Caller,
  request: ApiRequest,
  transaction: Transaction,
): Promise<Response> {
  const { plan, shape, statement, setup, explain, maxAffected, decideAfter, end } = transaction;
  const connection = await reserveWithin(sql, config.PGRST_DB_POOL_ACQUISITION_TIMEOUT).catch(
    (error: unknown) => {
      if (error instanceof AcquisitionTimeout) {
        throw acquisitionTimeout();
      }
      // Refused, timed out, or "the database system is starting up": PostgREST's PGRST000.
      throw isDatabaseUnavailable(error)
        ? databaseUnreachable(error instanceof Error ? error.message : String(error))
        : error;
    },
  );
  let broken = false;
  let pending: Promise<unknown>[] = [];
  try {
    // BEGIN, the settings, the statement (and EXPLAIN, and COMMIT when it cannot be refused)
    // go out pipelined: one round trip. After an error Postgres turns the COMMIT into ROLLBACK.
    pending = [
      connection.unsafe(request.readOnly ? "begin read only" : "begin"),
      connection.unsafe(setup.text, setup.values as never[], { prepare: true }),
      connection.unsafe<ResultRow[]>(statement.text, statement.params as never[], {
        prepare: !request.plan,
      }),
    ];
    if (explain) {
      pending.push(connection.unsafe(explain.text, explain.params as never[]));
    }
    if (!decideAfter) {
      pending.push(connection.unsafe(end));
    }
    const settled = await guardWork(sql, Promise.allSettled(pending));
    const failed = settled.find((entry) => entry.status === "rejected");
    if (failed) {
      // A ROLLBACK written to a closed connection throws from a timer (see transaction.ts).
      if (decideAfter && !isDatabaseUnavailable(failed.reason)) {
        await connection.unsafe("rollback").catch(() => {});
      }
      throw failed.reason;
    }
    const values = settled.map((entry) => (entry.status === "fulfilled" ? entry.value : null));
    if (request.plan) {
      const rows = values[2] as Record<string, unknown>[];
      return planResponse(rows, request.plan, request.media, request.schema);
    }
    const result = values[2] as postgres.RowList<ResultRow[]>;
    const row = result[0];
    const outcome: Outcome = statement.bare
      ? { total: null, pageTotal: result.count ?? 0, body: null, inserted: null }
      : {
          total: toNumber(row?.total),
          pageTotal: toNumber(row?.page_total) ?? 0,
          body: row?.body ?? null,
          inserted: toNumber(row?.inserted),
        };
    if (explain) {
      const planned = values[3] as { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[];
      const estimate = planned[0]?.["QUERY PLAN"]?.[0]?.Plan?.["Plan Rows"] ?? null;
      if (shape.count === "planned") {
        outcome.total = estimate;
      } else if (
        outcome.total !== null &&
        estimate !== null &&
        outcome.total > config.PGRST_DB_MAX_ROWS
      ) {
        // count=estimated: exact while small, the planner's figure once past db-max-rows.
        outcome.total = Math.max(outcome.total, estimate);
      }
    }
    if (!decideAfter) {
      return respond(request, plan, outcome);
    }
    let response: Response;
    try {
      if (maxAffected !== null && outcome.pageTotal > maxAffected) {
        throw maxAffectedExceeded(outcome.pageTotal);
      }
      response = respond(request, plan, outcome);
    } catch (error) {
      await connection.unsafe("rollback");
      throw error;
    }
    await guardWork(sql, connection.unsafe(end));
    return response;
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      // The connection is closing or closed, and postgres.js has already taken it back (its
      // onclose). Releasing it too would put the dead connection among the open ones, where the
      // next query's write throws from a timer and kills the process (porsager/postgres#1208).
      broken = true;
    }
    if (error instanceof AbandonedWork) {
      // Given up while pending: if the connection was alive after all, release it once done.
      void Promise.allSettled(pending).then(() => connection.release());
    }
    if (isPostgresError(error)) {
      throw fromPostgres(error, caller.isAnon);
    }
    if (isConnectionError(error)) {
      throw databaseUnavailable(error instanceof Error ? error.message : String(error));
    }
    throw error;
  } finally {
    if (!broken) {
      connection.release();
    }
  }
}
