// PostgREST's error vocabulary: typed constructors thrown by every stage, and the one mapping
// from a RestError or a Postgres error to `{code, message, details, hint}` plus an HTTP status
// (https://docs.postgrest.org/en/stable/references/errors.html).

export interface ErrorBody {
  code: string;
  message: string;
  /** A string, or PostgREST's array of candidates for PGRST201. */
  details: string | null | Record<string, string>[];
  hint: string | null;
}

/** A failure with its wire form; thrown anywhere in the pipeline, rendered in service.ts. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

function make(
  status: number,
  code: string,
  message: string,
  details: ErrorBody["details"] = null,
  hint: string | null = null,
  headers: Record<string, string> = {},
): RestError {
  return new RestError(status, { code, message, details, hint }, headers);
}

/** PGRST100: the query string does not parse. */
export const parseError = (what: string, details: string) =>
  make(400, "PGRST100", `failed to parse ${what}`, details);

export const badBody = (details: string | null = null) =>
  make(400, "PGRST102", "Empty or invalid json", details);

export const rangeNotSatisfiable = (offset: number, total: number) =>
  make(
    416,
    "PGRST103",
    "Requested range not satisfiable",
    `An offset of ${offset} was requested, but there are only ${total} rows.`,
  );

export const invalidSchema = (schema: string, exposed: string[]) =>
  make(
    406,
    "PGRST106",
    `Invalid schema: ${schema}`,
    null,
    `Only the following schemas are exposed: ${exposed.join(", ")}`,
  );

export const invalidPath = () => make(404, "PGRST125", "Invalid path specified in request URL");

export const notAcceptable = (accept: string) =>
  make(406, "PGRST107", `None of these media types are available: ${accept}`);

export const notEmbedded = (name: string) =>
  make(
    400,
    "PGRST108",
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  );

export const aggregatesDisabled = () =>
  make(400, "PGRST123", "Use of aggregate functions is not allowed");

export const singularity = (rows: number) =>
  make(
    406,
    "PGRST116",
    "Cannot coerce the result to a single JSON object",
    `The result contains ${rows} rows`,
  );

export const maxAffectedExceeded = (affected: number) =>
  make(
    400,
    "PGRST124",
    "Query result exceeds max-affected preference constraint",
    `The query affects ${affected} rows`,
  );

export const maxAffectedNeedsSet = () =>
  make(
    400,
    "PGRST128",
    "Function must return SETOF or TABLE when max-affected preference is used with handling=strict",
  );

export const strictPreference = (details: string) =>
  make(400, "PGRST122", "Invalid preferences given with handling=strict", details);

export const noRelationship = (parent: string, child: string, schema: string) =>
  make(
    400,
    "PGRST200",
    `Could not find a relationship between '${parent}' and '${child}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent}' and '${child}' in the schema '${schema}', but no matches were found.`,
  );

export const ambiguousRelationship = (
  parent: string,
  child: string,
  options: { hint: string; cardinality: string; relationship: string; embedding: string }[],
) =>
  make(
    300,
    "PGRST201",
    `Could not embed because more than one relationship was found for '${parent}' and '${child}'`,
    options.map(({ cardinality, embedding, relationship }) => ({
      cardinality,
      embedding,
      relationship,
    })),
    `Try changing '${child}' to one of the following: ${options.map((o) => `'${child}!${o.hint}'`).join(", ")}. Find the desired relationship in the 'details' key.`,
  );

export const noFunction = (schema: string, name: string, args: string[]) =>
  make(
    404,
    "PGRST202",
    `Could not find the function ${schema}.${name}(${args.join(", ")}) in the schema cache`,
    `Searched for the function ${schema}.${name} with parameters ${args.join(", ") || "(none)"}, but no matches were found in the schema cache.`,
  );

export const ambiguousFunction = (schema: string, name: string) =>
  make(
    300,
    "PGRST203",
    `Could not choose the best candidate function between: ${schema}.${name}`,
    null,
    "Try renaming the parameters or the function itself in the database so function overloading can be resolved",
  );

export const unknownBodyColumn = (column: string, table: string) =>
  make(400, "PGRST204", `Could not find the '${column}' column of '${table}' in the schema cache`);

export const unknownTable = (schema: string, table: string) =>
  make(404, "PGRST205", `Could not find the table '${schema}.${table}' in the schema cache`);

/** 42703 as Postgres words it: PostgREST passes unknown columns through and relays this. */
export const unknownColumn = (table: string, column: string) =>
  make(400, "42703", `column ${table}.${column} does not exist`);

export const undefinedType = (name: string) => make(400, "42704", `type "${name}" does not exist`);

export const notAllowed = (message: string, code = "PGRST000") => make(405, code, message);

export const bodyTooLarge = (limit: number) =>
  make(413, "PGRST413", "Payload Too Large", `Request bodies are limited to ${limit} bytes.`);

export const putFilters = () =>
  make(
    405,
    "PGRST105",
    "Filters must include all and only primary key columns with 'eq' operators",
  );

export const putMismatch = () =>
  make(400, "PGRST115", "Payload values do not match URL in primary key column(s)");

export const tooManyValues = (limit: number) =>
  make(
    400,
    "PGRST100",
    "failed to parse the request: too many values",
    `A request may bind at most ${limit} values; send long lists as one in.(…) filter.`,
  );

/** PGRST000: no connection could be had (Postgres down or restarting); clients may retry. */
export const databaseUnreachable = (details: string) =>
  make(503, "PGRST000", "Database connection error. Retrying the connection.", details);

/** PGRST003: no pool connection became free in time; PostgREST answers 504. */
export const acquisitionTimeout = () =>
  make(504, "PGRST003", "Timed out acquiring connection from connection pool.");

/** PGRST001: the connection broke under the request; a real 503, which clients may retry. */
export const databaseUnavailable = (details: string) =>
  make(503, "PGRST001", "Database client error. Retrying the connection.", details);

export { isConnectionError } from "../connection-faults";

export const limitWithoutOrder = () =>
  make(
    400,
    "PGRST109",
    "A 'limit' was applied without an explicit 'order'",
    null,
    "Apply an 'order' using unique column(s)",
  );

export const missingWhere = (verb: "UPDATE" | "DELETE") =>
  make(400, "21000", `${verb} requires a WHERE clause`);

export const roleDoesNotExist = (role: string) =>
  make(400, "22023", `role "${role}" does not exist`);

export const cannotSwitchRole = (role: string, anon: boolean) =>
  make(anon ? 401 : 403, "42501", `permission denied to set role "${role}"`);

export const noApiKey = () =>
  make(
    401,
    "PGRST301",
    "No API key found in request",
    null,
    "No `apikey` request header or url param was found.",
  );

export const invalidApiKey = () =>
  make(
    401,
    "PGRST301",
    "Invalid API key",
    null,
    "Double check your Supabase `anon` or `service_role` API key.",
  );

function jwtError(code: string, message: string): RestError {
  return make(401, code, message, null, null, {
    "WWW-Authenticate": `Bearer error="invalid_token", error_description="${message}"`,
  });
}

/** PGRST301: the token cannot be decoded or its signature is wrong. */
export const jwtInvalid = (message: string) => jwtError("PGRST301", message);
/** PGRST302: anonymous access is off and no token came. */
export const jwtRequired = () => jwtError("PGRST302", "Anonymous access is disabled");
/** PGRST303: the claims are wrong (expired, not yet valid, role not text). */
export const jwtClaims = (message: string) => jwtError("PGRST303", message);

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
 * PostgREST's SQLSTATE → HTTP table (SUPABASE-CONTRACT.md §3).
 * @example statusForSqlState("23505", false) // 409
 */
export function statusForSqlState(code: string, isAnon: boolean): number {
  if (code === "42501") {
    return isAnon ? 401 : 403;
  }
  if (code.startsWith("PT")) {
    const status = Number.parseInt(code.slice(2), 10);
    return Number.isInteger(status) && status >= 100 && status <= 599 ? status : 500;
  }
  const exact: Record<string, number> = {
    "53400": 500,
    "57P01": 503,
    "23503": 409,
    "23505": 409,
    "25006": 405,
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
  if (["25", "38", "39", "3B", "40", "54", "55", "56", "57", "58", "XX"].includes(klass)) {
    return 500;
  }
  if (klass === "P0") {
    return 500;
  }
  return 400;
}

/** Turns a Postgres error raised by the request's statement into PostgREST's reply. */
export function fromPostgres(error: PostgresErrorLike, isAnon: boolean): RestError {
  return make(
    statusForSqlState(error.code, isAnon),
    error.code,
    error.message,
    error.detail ?? null,
    error.hint ?? null,
  );
}
