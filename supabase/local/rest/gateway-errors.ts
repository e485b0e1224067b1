// The API gateway's refusals, which hosted Supabase's Kong answers before PostgREST sees the
// request: a missing or unknown `apikey` (REST_REQUIRE_APIKEY) and an over-large body. Their
// body is the gateway's `{message, hint}`, never a PGRST code, so they sit apart from errors.ts.
import { RestError } from "./errors";

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
