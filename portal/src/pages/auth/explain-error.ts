// Auth's errors in words a client can act on, in their language. Auth's own messages are English
// whatever the reader's language, so every refusal a client can cause by what they type or how
// fast they click has its sentence here, found by GoTrue's error code.
import type { MessageKey } from "@supabase-client/i18n/messages";
import type { Translator } from "@supabase-client/i18n/provider";

/** An AuthError, or refine's Error whose name carries Auth's code. */
export interface AuthFailure {
  code?: string | undefined;
  status?: number | undefined;
  message: string;
}

/** GoTrue's error codes (supabase/auth `apierrors/errorcode.go`) a client meets, and their words. */
const wordsByCode: Readonly<Record<string, MessageKey>> = {
  otp_expired: "auth.errors.otpExpired",
  invalid_credentials: "auth.errors.invalidCredentials",
  email_not_confirmed: "auth.errors.emailNotConfirmed",
  otp_disabled: "auth.errors.noAccount",
  over_email_send_rate_limit: "auth.errors.tooMany",
  over_request_rate_limit: "auth.errors.tooMany",
  same_password: "auth.errors.samePassword",
  weak_password: "auth.errors.weakPassword",
  email_exists: "auth.errors.emailTaken",
  user_already_exists: "auth.errors.emailTaken",
};

/** @example explainAuthError(t, { code: "otp_expired", … }) // "This link or code has expired…" */
export function explainAuthError(t: Translator, error: AuthFailure): string {
  const key = error.code ? wordsByCode[error.code] : undefined;
  if (key) {
    return t(key);
  }
  if (error.status === 429) {
    return t("auth.errors.tooMany");
  }
  return error.message || t("common.somethingWrong");
}
