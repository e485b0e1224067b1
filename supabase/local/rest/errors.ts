// PostgREST's error vocabulary: typed constructors, thrown by every stage, for the PGRST codes
// PostgREST 13 has, each with its status and wording (src/PostgREST/Error.hs,
// https://docs.postgrest.org/en/v13/references/errors.html). Postgres' own errors: postgres-errors.ts.
// The JWT's and the connection's refusals live beside it: jwt-errors.ts, connection-errors.ts.

/** The API gateway's refusals carry only a message and a hint, as hosted Supabase's Kong sends them. */
export interface GatewayBody {
  message: string;
  hint: string | null;
}

export interface ErrorBody {
  code: string;
  message: string;
  /** A string, or PostgREST's array of candidates for PGRST201. */
  details: string | null | Record<string, string>[];
  hint: string | null;
}

/** A failure with its wire form; thrown anywhere in the pipeline, rendered by errorReply (rest-call.ts). */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | GatewayBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

/** A RestError in PostgREST's four-field body. */
export function restError(
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
  restError(400, "PGRST100", `failed to parse ${what}`, details);

export const badBody = (details: string | null = null) =>
  restError(400, "PGRST102", "Empty or invalid json", details);

export const rangeNotSatisfiable = (offset: number, total: number) =>
  restError(
    416,
    "PGRST103",
    "Requested range not satisfiable",
    `An offset of ${offset} was requested, but there are only ${total} rows.`,
  );

/** PGRST103 for a Range header whose bounds are reversed. */
export const invalidRange = (details: string) =>
  restError(416, "PGRST103", "Requested range not satisfiable", details);

/** PGRST101: functions answer only GET, HEAD and POST. */
export const invalidRpcMethod = (method: string) =>
  restError(405, "PGRST101", `Cannot use the ${method} method on RPC`);

export const invalidSchema = (schema: string, exposed: string[]) =>
  restError(
    406,
    "PGRST106",
    `Invalid schema: ${schema}`,
    null,
    `Only the following schemas are exposed: ${exposed.join(", ")}`,
  );

export const invalidPath = () =>
  restError(404, "PGRST125", "Invalid path specified in request URL");

export const notAcceptable = (accept: string) =>
  restError(406, "PGRST107", `None of these media types are available: ${accept}`);

export const notEmbedded = (name: string) =>
  restError(
    400,
    "PGRST108",
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  );

export const aggregatesDisabled = () =>
  restError(400, "PGRST123", "Use of aggregate functions is not allowed");

export const singularity = (rows: number) =>
  restError(
    406,
    "PGRST116",
    "Cannot coerce the result to a single JSON object",
    `The result contains ${rows} rows`,
  );

export const maxAffectedExceeded = (affected: number) =>
  restError(
    400,
    "PGRST124",
    "Query result exceeds max-affected preference constraint",
    `The query affects ${affected} rows`,
  );

export const maxAffectedNeedsSet = () =>
  restError(
    400,
    "PGRST128",
    "Function must return SETOF or TABLE when max-affected preference is used with handling=strict",
  );

export const strictPreference = (details: string) =>
  restError(400, "PGRST122", "Invalid preferences given with handling=strict", details);

/** 42703 as Postgres words it: PostgREST passes unknown columns through and relays this. */
export const unknownColumn = (table: string, column: string) =>
  restError(400, "42703", `column ${table}.${column} does not exist`);

export const undefinedType = (name: string) =>
  restError(400, "42704", `type "${name}" does not exist`);

/** PGRST117: a method PostgREST does not serve on this path. */
export const unsupportedMethod = (method: string) =>
  restError(405, "PGRST117", `Unsupported HTTP method: ${method}`);

export const putFilters = () =>
  restError(
    405,
    "PGRST105",
    "Filters must include all and only primary key columns with 'eq' operators",
  );

export const putMismatch = () =>
  restError(400, "PGRST115", "Payload values do not match URL in primary key column(s)");

export const tooManyValues = (limit: number) =>
  restError(
    400,
    "PGRST100",
    "failed to parse the request: too many values",
    `A request may bind at most ${limit} values; send long lists as one in.(…) filter.`,
  );

export const limitWithoutOrder = () =>
  restError(
    400,
    "PGRST109",
    "A 'limit' was applied without an explicit 'order'",
    null,
    "Apply an 'order' using unique column(s)",
  );

export const missingWhere = (verb: "UPDATE" | "DELETE") =>
  restError(400, "21000", `${verb} requires a WHERE clause`);

// The API gateway's refusals, which hosted Supabase's Kong answers before PostgREST sees the
// request: their body is the gateway's `{message, hint}`, never a PGRST code.

function gatewayError(status: number, message: string, hint: string | null): RestError {
  return new RestError(status, { message, hint });
}

/**
 * Hosted Supabase's gateway refuses an over-large body before PostgREST sees it, so the reply
 * is the gateway's (a message, no PostgREST code), as Kong's request-size limit words it.
 */
export const bodyTooLarge = (_limit: number) =>
  gatewayError(413, "Request size limit exceeded", null);

/** Hosted's gateway check (REST_REQUIRE_APIKEY): the gateway's body, not a PostgREST code. */
export const noApiKey = () =>
  gatewayError(
    401,
    "No API key found in request",
    "No `apikey` request header or url param was found.",
  );

export const invalidApiKey = () =>
  gatewayError(
    401,
    "Invalid API key",
    "Double check your Supabase `anon` or `service_role` API key.",
  );
