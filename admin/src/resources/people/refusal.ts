// How a refused save reads. Refine's default names the status code, which for a database refusal
// is a SQLSTATE ("status code: 23514"); the database's own sentence says what went wrong.
import type { HttpError, OpenNotificationParams } from "@refinedev/core";

/**
 * @example refusalNotification({ message: "Atrium needs at least one admin", statusCode: 23514 })
 * // { type: "error", message: "Atrium needs at least one admin", description: "Nothing was changed." }
 */
export function refusalNotification(error?: Pick<HttpError, "message">): OpenNotificationParams {
  return {
    type: "error",
    message: error?.message?.trim() || "The change could not be saved",
    description: "Nothing was changed.",
  };
}
