// Auth's errors in words a client can act on.
/** @example explainAuthError({ code: "otp_expired", … }) // "This link or code has expired…" */
/** An AuthError, or refine's Error whose name carries Auth's code. */
export interface AuthFailure {
  code?: string | undefined;
  status?: number | undefined;
  message: string;
}

export function explainAuthError(error: AuthFailure): string {
  if (error.code === "otp_expired") {
    return "This link or code has expired or has already been used.";
  }
  if (error.code === "invalid_credentials") {
    return "The email address or the password is wrong.";
  }
  if (error.code === "email_not_confirmed") {
    return "Confirm your email first: open the link we sent you.";
  }
  if (error.code === "otp_disabled") {
    return "There is no account with this email address.";
  }
  if (error.status === 429 || error.code === "over_email_send_rate_limit") {
    return "Too many attempts. Wait a minute, then try again.";
  }
  return error.message || "Something went wrong. Please try again.";
}
