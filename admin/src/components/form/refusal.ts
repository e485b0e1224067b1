// How a refused save reads. Refine's default names the status code, which for a database refusal
// is a SQLSTATE ("status code: 23514"); the database's own sentence says what went wrong.
import type { HttpError, OpenNotificationParams } from "@refinedev/core";

/**
 * Refine's antd notifications show `description` as the headline and `message` under it, so the
 * reason goes in `description`.
 * @example refusalNotification({ message: "Atrium needs at least one admin" })
 * // { type: "error", description: "Atrium needs at least one admin", message: "Nothing was changed." }
 */
export function refusalNotification(error?: Pick<HttpError, "message">): OpenNotificationParams {
  return {
    type: "error",
    description: error?.message?.trim() || "The change could not be saved",
    message: "Nothing was changed.",
  };
}
