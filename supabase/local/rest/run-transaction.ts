// Stage 4: one Transaction runs on a reserved authenticator connection — BEGIN, the settings,
// the main statement, COMMIT — pipelined in one round trip (PostgREST's Query.hs), and Postgres
// and connection failures become PostgREST's errors.
import type postgres from "postgres";
import {
  AbandonedWork,
  AcquisitionTimeout,
  guardWork,
  isDatabaseUnavailable,
  reserveWithin,
} from "../connection-faults";
import type { Transaction } from "./build-transaction";
import type { RestConfig } from "./config";
import { acquisitionTimeout, databaseUnavailable, databaseUnreachable } from "./connection-errors";
import { checkOutcome, type Outcome, readOutcome, withEstimate } from "./outcome";
import type { PlanRequest } from "./parse-headers";
import { fromPostgres, isConnectionError, isPostgresError } from "./postgres-errors";

/** What a transaction produced: the statement's outcome, or the EXPLAIN rows of a plan request. */
export type RunResult =
  | { type: "outcome"; outcome: Outcome }
  | { type: "plan"; rows: Record<string, unknown>[]; request: PlanRequest };

type PlanRows = { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[];

async function reserve(sql: postgres.Sql, config: RestConfig): Promise<postgres.ReservedSql> {
  return reserveWithin(sql, config.PGRST_DB_POOL_ACQUISITION_TIMEOUT).catch((error: unknown) => {
    if (error instanceof AcquisitionTimeout) {
      throw acquisitionTimeout();
    }
    // Refused, timed out, or "the database system is starting up": PostgREST's PGRST000.
    throw isDatabaseUnavailable(error)
      ? databaseUnreachable(error instanceof Error ? error.message : String(error))
      : error;
  });
}

/**
 * Runs one transaction; a refused outcome (PGRST116, PGRST124) rolls the write back.
 * @example const result = await runTransaction(sql, config, caller.isAnon, transaction);
 */
export async function runTransaction(
  sql: postgres.Sql,
  config: RestConfig,
  isAnon: boolean,
  transaction: Transaction,
): Promise<RunResult> {
  const { statement, setup, explain, decideAfter, end } = transaction;
  const connection = await reserve(sql, config);
  let broken = false;
  let pending: Promise<unknown>[] = [];
  try {
    // BEGIN, the settings, the statement (and EXPLAIN, and COMMIT when it cannot be refused)
    // go out pipelined: one round trip. After an error Postgres turns the COMMIT into ROLLBACK.
    pending = [
      connection.unsafe(transaction.readOnly ? "begin read only" : "begin"),
      connection.unsafe(setup.text, setup.values as never[], { prepare: true }),
      connection.unsafe(statement.text, statement.params as never[], {
        prepare: transaction.planRequest === null,
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
    if (transaction.planRequest) {
      const rows = values[2] as Record<string, unknown>[];
      return { type: "plan", rows, request: transaction.planRequest };
    }
    let outcome = readOutcome(values[2] as postgres.RowList<postgres.Row[]>, statement);
    if (explain) {
      const estimate = (values[3] as PlanRows)[0]?.["QUERY PLAN"]?.[0]?.Plan?.["Plan Rows"] ?? null;
      outcome = withEstimate(outcome, transaction.shape.count, estimate, config.PGRST_DB_MAX_ROWS);
    }
    if (decideAfter) {
      try {
        checkOutcome(transaction, outcome);
      } catch (error) {
        await connection.unsafe("rollback");
        throw error;
      }
      await guardWork(sql, connection.unsafe(end));
    }
    return { type: "outcome", outcome };
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
      throw fromPostgres(error, isAnon);
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
