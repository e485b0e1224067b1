// Postgres' own errors as PostgREST relays them: the SQLSTATE kept as `code`, its message,
// detail and hint, and the HTTP status PostgREST's mapSQLtoHTTP gives each SQLSTATE class
// (https://docs.postgrest.org/en/v13/references/errors.html#http-status-codes).
import { RestError } from "./errors";

export { isConnectionError } from "../connection-faults";

interface PostgresErrorLike {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
}

/**
 * True for errors Postgres raised (they carry a five-character SQLSTATE).
 * @example isPostgresError({ code: "23505", message: "duplicate key" }) // true
 */
export function isPostgresError(error: unknown): error is PostgresErrorLike {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string" &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code) &&
    "message" in error
  );
}

/**
 * PostgREST's SQLSTATE → HTTP table (Error.hs mapSQLtoHTTP); the message decides two codes.
 * @example statusForSqlState("23505", false) // 409
 */
export function statusForSqlState(code: string, isAnon: boolean, message = ""): number {
  if (code === "42501") {
    return isAnon ? 401 : 403;
  }
  if (code.startsWith("PT")) {
    const status = Number.parseInt(code.slice(2), 10);
    return Number.isInteger(status) && status >= 100 && status <= 599 ? status : 500;
  }
  if (code === "21000") {
    // pg-safeupdate's refusal is the client's fault; any other cardinality violation is not.
    return message.endsWith("requires a WHERE clause") ? 400 : 500;
  }
  if (code === "22023") {
    // A token naming a role that does not exist (PostgREST#3601).
    return message.startsWith("role") && message.endsWith("does not exist") ? 401 : 400;
  }
  const exact: Record<string, number> = {
    "23503": 409,
    "23505": 409,
    "25006": 405,
    "53400": 500,
    "57P01": 503,
    "42883": 404,
    "42P01": 404,
    "42P17": 500,
    P0001: 400,
  };
  const known = exact[code];
  if (known !== undefined) {
    return known;
  }
  const klass = code.slice(0, 2);
  if (klass === "08" || klass === "53") {
    return 503;
  }
  if (klass === "0L" || klass === "0P" || klass === "28") {
    return 403;
  }
  const serverSide = ["09", "25", "2D", "38", "39", "3B", "40", "54", "55", "57", "58"];
  if ([...serverSide, "F0", "HV", "P0", "XX"].includes(klass)) {
    return 500;
  }
  return 400;
}

/** Turns a Postgres error raised by the request's statement into PostgREST's reply. */
export function fromPostgres(error: PostgresErrorLike, isAnon: boolean): RestError {
  return new RestError(statusForSqlState(error.code, isAnon, error.message), {
    code: error.code,
    message: error.message,
    details: error.detail ?? null,
    hint: error.hint ?? null,
  });
}
