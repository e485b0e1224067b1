// Auth's errors in words a client can act on, in their language.
import type { Translator } from "@supabase-client/i18n/provider";

/** An AuthError, or refine's Error whose name carries Auth's code. */
export interface AuthFailure {
  code?: string | undefined;
  status?: number | undefined;
  message: string;
}

/** @example explainAuthError(t, { code: "otp_expired", … }) // "This link or code has expired…" */
export function explainAuthError(t: Translator, error: AuthFailure): string {
  if (error.code === "otp_expired") {
    return t("auth.errors.otpExpired");
  }
  if (error.code === "invalid_credentials") {
    return t("auth.errors.invalidCredentials");
  }
  if (error.code === "email_not_confirmed") {
    return t("auth.errors.emailNotConfirmed");
  }
  if (error.code === "otp_disabled") {
    return t("auth.errors.noAccount");
  }
  if (error.status === 429 || error.code === "over_email_send_rate_limit") {
    return t("auth.errors.tooMany");
  }
  return error.message || t("common.somethingWrong");
}
