// GoTrue's error envelope: typed errors thrown anywhere in Auth, turned into a response here only
// (supabase/auth `internal/api/errors.go` HandleResponseError; codes from `apierrors/errorcode.go`).
import type { Context } from "hono";
import { isDatabaseUnavailable } from "../connection-faults";

export const API_VERSION_HEADER = "X-Supabase-Api-Version";
/** The only API version GoTrue knows; auth-js sends it and reads `code` only when it is echoed. */
const API_VERSION_2024_01_01 = "2024-01-01";

export type AuthErrorCode =
  | "unexpected_failure"
  | "validation_failed"
  | "bad_json"
  | "email_exists"
  | "bad_jwt"
  | "not_admin"
  | "no_authorization"
  | "user_not_found"
  | "session_not_found"
  | "session_expired"
  | "refresh_token_not_found"
  | "refresh_token_already_used"
  | "flow_state_not_found"
  | "flow_state_expired"
  | "signup_disabled"
  | "user_banned"
  | "email_not_confirmed"
  | "user_already_exists"
  | "same_password"
  | "otp_expired"
  | "otp_disabled"
  | "weak_password"
  | "over_request_rate_limit"
  | "over_email_send_rate_limit"
  | "bad_code_verifier"
  | "invalid_credentials"
  | "email_address_invalid"
  | "email_provider_disabled"
  | "hook_timeout"
  | "anonymous_provider_disabled"
  | "too_many_enrolled_mfa_factors"
  | "mfa_factor_name_conflict"
  | "mfa_factor_not_found"
  | "mfa_ip_address_mismatch"
  | "mfa_challenge_expired"
  | "mfa_verification_failed"
  | "mfa_verification_rejected"
  | "insufficient_aal"
  | "mfa_phone_enroll_not_enabled"
  | "mfa_totp_enroll_not_enabled"
  | "mfa_totp_verify_not_enabled"
  | "mfa_webauthn_enroll_not_enabled"
  | "reauthentication_needed"
  | "reauthentication_not_valid"
  | "unknown";

/** An Auth failure with GoTrue's status, code and message; `extra` adds fields like `weak_password`. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: AuthErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Typed constructors, one per status GoTrue uses, e.g. `throw badRequest("bad_json", "…")`. */
export const badRequest = (code: AuthErrorCode, message: string) =>
  new AuthError(400, code, message);
export const unauthorized = (code: AuthErrorCode, message: string) =>
  new AuthError(401, code, message);
export const forbidden = (code: AuthErrorCode, message: string) =>
  new AuthError(403, code, message);
export const notFound = (code: AuthErrorCode, message: string) => new AuthError(404, code, message);
export const unprocessable = (code: AuthErrorCode, message: string) =>
  new AuthError(422, code, message);
export const internal = (message: string) => new AuthError(500, "unexpected_failure", message);

/**
 * A database refusal meant for the caller: SQLSTATE `PT` + an HTTP 4xx status, PostgREST's
 * convention for `raise ... using errcode = 'PT422'` (e.g. a trigger on auth.users refusing
 * metadata it cannot use), becomes that status with `validation_failed` and the database's
 * message, which names the field. Anything else is not the caller's fault: undefined.
 * Hosted GoTrue answers every trigger failure with 500 "Database error saving new user".
 * @example throw databaseRefusal(error) ?? internal("Database error saving new user");
 */
export function databaseRefusal(error: unknown): AuthError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof code !== "string" || typeof message !== "string" || !/^PT4\d\d$/.test(code)) {
    return undefined;
  }
  return new AuthError(Number(code.slice(2)), "validation_failed", message);
}

/** 429 with `Retry-After` (whole seconds, at least 1), which GoTrue's limiter leaves out. */
export function tooManyRequests(
  code: "over_request_rate_limit" | "over_email_send_rate_limit",
  message: string,
  retryAfterSeconds: number,
): AuthError {
  const seconds = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return new AuthError(429, code, message, {}, { "Retry-After": seconds });
}

/** Raised by input checks; 422 with GoTrue's `weak_password.reasons` payload. */
export function weakPassword(message: string, reasons: string[]): AuthError {
  return new AuthError(422, "weak_password", message, { weak_password: { reasons } });
}

/** Marks responses with the API version the client asked for, as GoTrue's middleware does. */
export function apiVersionOf(c: Context): string | undefined {
  const asked = c.req.header(API_VERSION_HEADER);
  return asked && asked >= API_VERSION_2024_01_01 ? API_VERSION_2024_01_01 : undefined;
}

/**
 * Renders an error in the shape the caller's API version expects: `{code, message}` for
 * 2024-01-01, the legacy `{code: <status>, error_code, msg}` otherwise.
 * @example app.onError((error, c) => renderError(c, error, log))
 */
export function renderError(c: Context, error: unknown, log: (message: string) => void): Response {
  let authError: AuthError;
  if (error instanceof AuthError) {
    authError = error;
  } else if (isDatabaseUnavailable(error)) {
    // Postgres is down or restarting. GoTrue would say 500; a 503 tells auth-js (which retries
    // 502–504 as AuthRetryableFetchError) and the user that trying again will work.
    log(`auth: database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    authError = new AuthError(
      503,
      "unexpected_failure",
      "Database unavailable, please try again in a moment",
      {},
      { "Retry-After": "1" },
    );
  } else {
    // The browser never sees the cause; the server log keeps it.
    log(`auth: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    authError = internal("Unexpected failure, please check server logs for more information");
  }
  const version = apiVersionOf(c);
  const body = version
    ? { code: authError.code, message: authError.message, ...authError.extra }
    : {
        code: authError.status,
        error_code: authError.code,
        msg: authError.message,
        ...authError.extra,
      };
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "x-sb-error-code": authError.code,
    ...authError.headers,
  };
  if (version) {
    headers[API_VERSION_HEADER] = version;
  }
  return new Response(JSON.stringify(body), { status: authError.status, headers });
}
