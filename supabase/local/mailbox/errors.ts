// Resend's error envelope `{ statusCode, message, name }` (resend.com/docs/api-reference/errors):
// typed errors thrown by the routes, turned into a response in `renderError` only.
import type { Context } from "hono";

export type ResendErrorName =
  | "missing_api_key"
  | "invalid_api_key"
  | "validation_error"
  | "missing_required_field"
  | "invalid_idempotency_key"
  | "invalid_idempotent_request"
  | "concurrent_idempotent_requests"
  | "not_found"
  | "rate_limit_exceeded"
  | "internal_server_error"
  | "application_error";

export class ResendError extends Error {
  constructor(
    readonly statusCode: number,
    override readonly name: ResendErrorName,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The one place a mailbox failure becomes an HTTP answer. */
export function renderError(c: Context, error: unknown, log: (line: string) => void): Response {
  if (error instanceof ResendError) {
    for (const [name, value] of Object.entries(error.headers)) {
      c.header(name, value);
    }
    return c.json(
      { statusCode: error.statusCode, message: error.message, name: error.name },
      error.statusCode as 400,
    );
  }
  log(`mailbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return c.json(
    { statusCode: 500, message: "Internal server error", name: "internal_server_error" },
    500,
  );
}
