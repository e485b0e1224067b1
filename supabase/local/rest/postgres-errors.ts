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

const RAISE_MESSAGE_HINT =
  "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.";
const RAISE_DETAIL_HINT =
  "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.";

const raiseParseError = (details: string, hint: string) =>
  new RestError(500, {
    code: "PGRST121",
    message: `Could not parse JSON in the "RAISE SQLSTATE 'PGRST'" error`,
    details,
    hint,
  });

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const optionalText = (value: unknown) =>
  value === undefined || value === null || typeof value === "string";

/**
 * `RAISE SQLSTATE 'PGRST'`: MESSAGE is the JSON body (`code`, `message`, optional `details`,
 * `hint`), DETAIL the JSON status and headers, as PostgREST's parseRaisePGRST reads them; a
 * malformed one is PGRST121 (https://docs.postgrest.org/en/v13/references/errors.html#raise-errors-with-http-status-codes).
 */
function fromRaisePgrst(error: PostgresErrorLike): RestError {
  const body = parseObject(error.message);
  if (
    !body ||
    typeof body.code !== "string" ||
    typeof body.message !== "string" ||
    !optionalText(body.details) ||
    !optionalText(body.hint)
  ) {
    return raiseParseError(
      `Invalid JSON value for MESSAGE: '${error.message}'`,
      RAISE_MESSAGE_HINT,
    );
  }
  if (error.detail === undefined) {
    return raiseParseError("DETAIL is missing in the RAISE statement", RAISE_DETAIL_HINT);
  }
  const detail = parseObject(error.detail);
  const headers = detail?.headers;
  const status = detail?.status;
  if (
    !detail ||
    typeof status !== "number" ||
    // A web Response takes 200-599 only.
    !Number.isInteger(status) ||
    status < 200 ||
    status > 599 ||
    !optionalText(detail.status_text) ||
    typeof headers !== "object" ||
    headers === null ||
    Array.isArray(headers) ||
    // Names and values a Headers object accepts, so the answer itself cannot fail.
    !Object.entries(headers).every(
      ([name, value]) =>
        HEADER_NAME.test(name) && typeof value === "string" && !/[\r\n\0]/.test(value),
    )
  ) {
    return raiseParseError(`Invalid JSON value for DETAIL: '${error.detail}'`, RAISE_DETAIL_HINT);
  }
  return new RestError(
    status,
    {
      code: body.code,
      message: body.message,
      details: typeof body.details === "string" ? body.details : null,
      hint: typeof body.hint === "string" ? body.hint : null,
    },
    headers as Record<string, string>,
  );
}

/** Turns a Postgres error raised by the request's statement into PostgREST's reply. */
export function fromPostgres(error: PostgresErrorLike, isAnon: boolean): RestError {
  if (error.code === "PGRST") {
    return fromRaisePgrst(error);
  }
  return new RestError(statusForSqlState(error.code, isAnon, error.message), {
    code: error.code,
    message: error.message,
    details: error.detail ?? null,
    hint: error.hint ?? null,
  });
}
