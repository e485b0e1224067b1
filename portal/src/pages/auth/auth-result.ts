// Refine's auth hooks answer `{ success, error }`; this turns a failed answer into words.
import type { AuthActionResponse } from "@refinedev/core";
import type { Translator } from "@supabase-client/i18n/provider";
import { explainAuthError } from "./explain-error";

/** @returns null on success, else the message to show. */
export function failureMessage(t: Translator, result: AuthActionResponse): string | null {
  if (result.success) {
    return null;
  }
  return result.error
    ? explainAuthError(t, { code: result.error.name, message: result.error.message })
    : t("common.somethingWrong");
}
