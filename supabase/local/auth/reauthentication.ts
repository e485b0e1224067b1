// Reauthentication as GoTrue does it (GT `reauthenticate.go`, `mail.go` sendReauthenticationOtp,
// the password branch of `user.go` UserUpdate): a 6-digit code mailed to the confirmed address,
// its hash kept in auth.users.reauthentication_token, and spent as the `nonce` of a password change.
import type { AuthConfig } from "./config";
import { generateOtp, safeEqual, tokenHash } from "./crypto";
import { badRequest, unprocessable } from "./errors";
import { type IssuedToken, recordOneTimeToken, sendTokenEmail } from "./one-time-tokens";
import type { AuthDeps } from "./request";
import type { Db, UserRow } from "./users";

/** GoTrue's InvalidNonceMessage, for a missing, wrong, spent or expired code. */
const INVALID_NONCE = "Nonce has expired or is invalid";

/** GoTrue asks again once the session is older than this (hard-coded in UserUpdate). */
const RECENT_SESSION_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a fresh reauthentication code for the user's email and mails it (hook action
 * `reauthentication`). The caller holds the per-address send slot and the transaction.
 * @example await issueReauthentication(deps, tx, user, redirectTo);
 */
export async function issueReauthentication(
  deps: AuthDeps,
  tx: Db,
  user: UserRow,
  redirectTo: string,
): Promise<void> {
  const email = user.email ?? "";
  const otp = generateOtp(deps.config.otpLength);
  const issued: IssuedToken = { otp, hash: tokenHash(email, otp) };
  await tx`
    update auth.users set reauthentication_token = ${issued.hash}, reauthentication_sent_at = now()
    where id = ${user.id}`;
  await recordOneTimeToken(tx, user.id, "reauthentication_token", issued.hash, email);
  await sendTokenEmail(deps, tx, user.id, "reauthentication", issued, redirectTo);
}

/**
 * GoTrue's verifyReauthentication: the nonce must hash (with the email) to the stored token and
 * be younger than GOTRUE_MAILER_OTP_EXP. A valid nonce is spent at once (the token and every
 * one-time token of the user cleared, as ConfirmReauthentication does), even if the update it
 * came with then fails. The clearing is conditional on the token, so two racing requests cannot
 * both spend one code.
 */
async function spendNonce(
  sql: Db,
  config: Pick<AuthConfig, "otpExp">,
  user: UserRow,
  nonce: string,
): Promise<void> {
  const [row] = await sql<{ token: string | null; sent_at: Date | null }[]>`
    select reauthentication_token as token, reauthentication_sent_at as sent_at
    from auth.users where id = ${user.id}`;
  if (!row?.token || !row.sent_at) {
    throw unprocessable("reauthentication_not_valid", INVALID_NONCE);
  }
  if (!user.email) {
    throw unprocessable(
      "reauthentication_not_valid",
      "Reauthentication requires an email or a phone number",
    );
  }
  const fresh = row.sent_at.getTime() + config.otpExp * 1000 >= Date.now();
  if (!fresh || !safeEqual(tokenHash(user.email, nonce), row.token)) {
    throw unprocessable("reauthentication_not_valid", INVALID_NONCE);
  }
  const spent = await sql`
    update auth.users set reauthentication_token = ''
    where id = ${user.id} and reauthentication_token = ${row.token}
    returning id`;
  if (spent.length === 0) {
    throw unprocessable("reauthentication_not_valid", INVALID_NONCE);
  }
  await sql`delete from auth.one_time_tokens where user_id = ${user.id}`;
}

/**
 * The check PUT /user runs before a password change: with
 * GOTRUE_SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION on, a session created more than 24 h
 * ago (or a token without a session) must bring the emailed code as `nonce`. Otherwise the nonce
 * is ignored, as GoTrue ignores it.
 * @example await requireReauthentication(deps, user, sessionId, body.nonce);
 */
export async function requireReauthentication(
  deps: Pick<AuthDeps, "sql" | "config">,
  user: UserRow,
  sessionId: string | undefined,
  nonce: string | undefined,
): Promise<void> {
  if (!deps.config.updatePasswordRequireReauthentication) {
    return;
  }
  const [session] = sessionId
    ? await deps.sql<{ created_at: Date }[]>`
        select created_at from auth.sessions where id = ${sessionId}`
    : [];
  if (session && Date.now() <= session.created_at.getTime() + RECENT_SESSION_MS) {
    return;
  }
  if (!nonce) {
    throw badRequest("reauthentication_needed", "Password update requires reauthentication");
  }
  await spendNonce(deps.sql, deps.config, user, nonce);
}
