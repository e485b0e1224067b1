// Failures that are not the request's fault: PGRST000/001/003 for the connection (clients may
// retry) and PGRSTX00 for anything else inside the server. PostgREST keeps the two apart, and so
// does run-transaction.ts when it sorts a failure.
import { restError } from "./errors";

/** PGRST000: no connection could be had (Postgres down or restarting); clients may retry. */
export const databaseUnreachable = (details: string) =>
  restError(503, "PGRST000", "Database connection error. Retrying the connection.", details);

/** PGRST003: no pool connection became free in time; PostgREST answers 504. */
export const acquisitionTimeout = () =>
  restError(504, "PGRST003", "Timed out acquiring connection from connection pool.");

/** PGRST001: the connection broke under the request; a real 503, which clients may retry. */
export const databaseUnavailable = (details: string) =>
  restError(503, "PGRST001", "Database client error. Retrying the connection.", details);

/**
 * PGRSTX00: a failure inside the server itself (PostgREST's code for internal errors), never a
 * connection failure, which keeps PGRST000-PGRST003.
 */
export const internalError = () => restError(500, "PGRSTX00", "Internal server error");
