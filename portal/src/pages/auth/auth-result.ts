// Refine's auth hooks answer `{ success, error }`; this turns a failed answer into words.
import type { AuthActionResponse } from "@refinedev/core";
import { explainAuthError } from "./explain-error";

/** @returns null on success, else the message to show. */
export function failureMessage(result: AuthActionResponse): string | null {
  if (result.success) {
    return null;
  }
  return result.error
    ? explainAuthError({ code: result.error.name, message: result.error.message })
    : "Something went wrong. Please try again.";
}
