// Issuing one-time tokens: a 6-digit OTP per email, its hash stored on auth.users (and mirrored in
// auth.one_time_tokens) as GoTrue stores it, and the email that carries both (GT `mail.go`).
import type { AuthConfig } from "./config";
import { generateOtp, PKCE_PREFIX, tokenHash } from "./crypto";
import type { EmailActionType, EmailData } from "./mailer";
import { createFlowState, type PkceParams } from "./pkce";
import type { AuthDeps } from "./request";
import { userJson } from "./user-json";
import { type Db, loadIdentities, type UserRow } from "./users";

type OneTimeTokenType =
  | "confirmation_token"
  | "recovery_token"
  | "email_change_token_new"
  | "email_change_token_current"
  | "reauthentication_token";

/** GoTrue's CreateOneTimeToken: one live token per user and type. */
export async function recordOneTimeToken(
  tx: Db,
  userId: string,
  type: OneTimeTokenType,
  hash: string,
  relatesTo: string,
): Promise<void> {
  await tx`delete from auth.one_time_tokens where user_id = ${userId} and token_type = ${type}`;
  await tx`
    insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to)
    values (gen_random_uuid(), ${userId}, ${type}, ${hash}, ${relatesTo.toLowerCase()})`;
}

export interface IssuedToken {
  otp: string;
  /** What is stored and mailed as token_hash (with `pkce_` under PKCE). */
  hash: string;
}

/**
 * Stores a fresh confirmation (signup, invite) or recovery (recovery, magiclink) token.
 * @example const { otp, hash } = await issueUserToken(tx, config, user, "signup", false);
 */
export async function issueUserToken(
  tx: Db,
  config: Pick<AuthConfig, "otpLength">,
  user: UserRow,
  action: "signup" | "invite" | "magiclink" | "recovery",
  pkce: boolean,
): Promise<IssuedToken> {
  const email = user.email ?? "";
  const otp = generateOtp(config.otpLength);
  const hash = (pkce ? PKCE_PREFIX : "") + tokenHash(email, otp);
  if (action === "signup" || action === "invite") {
    await tx`
      update auth.users set confirmation_token = ${hash}, confirmation_sent_at = now()
      where id = ${user.id}`;
    await recordOneTimeToken(tx, user.id, "confirmation_token", hash, email);
  } else {
    await tx`
      update auth.users set recovery_token = ${hash}, recovery_sent_at = now()
      where id = ${user.id}`;
    await recordOneTimeToken(tx, user.id, "recovery_token", hash, email);
  }
  return { otp, hash };
}

export interface IssuedEmailChange {
  /** For the new address. */
  next: IssuedToken;
  /** For the current address, when secure email change asks both to confirm. */
  current: IssuedToken | undefined;
}

/** Stores the tokens of an email change: one for the new address, one for the current one. */
export async function issueEmailChangeTokens(
  tx: Db,
  config: Pick<AuthConfig, "otpLength" | "secureEmailChange">,
  user: UserRow,
  newEmail: string,
  pkce: boolean,
): Promise<IssuedEmailChange> {
  const prefix = pkce ? PKCE_PREFIX : "";
  const nextOtp = generateOtp(config.otpLength);
  const next = { otp: nextOtp, hash: prefix + tokenHash(newEmail, nextOtp) };
  let current: IssuedToken | undefined;
  if (config.secureEmailChange && user.email) {
    const otp = generateOtp(config.otpLength);
    current = { otp, hash: prefix + tokenHash(user.email, otp) };
  }
  await tx`
    update auth.users
    set email_change = ${newEmail}, email_change_token_new = ${next.hash},
      email_change_token_current = ${current?.hash ?? ""}, email_change_sent_at = now(),
      email_change_confirm_status = 0, updated_at = now()
    where id = ${user.id}`;
  await recordOneTimeToken(tx, user.id, "email_change_token_new", next.hash, newEmail);
  if (current) {
    await recordOneTimeToken(
      tx,
      user.id,
      "email_change_token_current",
      current.hash,
      user.email ?? "",
    );
  }
  return { next, current };
}

/**
 * Starts (or restarts) an email change as PUT /user and POST /resend both do: the PKCE flow
 * state when asked for, the tokens for both addresses, and the email to the new one.
 * @example await requestEmailChange(deps, tx, user, "new@example.test", null, redirectTo);
 */
export async function requestEmailChange(
  deps: AuthDeps,
  tx: Db,
  user: UserRow,
  newEmail: string,
  pkceParams: PkceParams | null,
  redirectTo: string,
): Promise<void> {
  if (pkceParams) {
    await createFlowState(tx, user.id, pkceParams, "email_change");
  }
  const issued = await issueEmailChangeTokens(tx, deps.config, user, newEmail, pkceParams !== null);
  await sendTokenEmail(deps, tx, user.id, "email_change", issued.next, redirectTo, issued.current);
}

/**
 * Mails a token through the hook with the user as it now stands.
 * @example await sendTokenEmail(deps, tx, user.id, "signup", issued, redirectTo);
 */
export async function sendTokenEmail(
  deps: AuthDeps,
  tx: Db,
  userId: string,
  action: EmailActionType,
  issued: IssuedToken,
  redirectTo: string,
  other?: IssuedToken,
): Promise<void> {
  const [user] = await tx<UserRow[]>`select * from auth.users where id = ${userId}`;
  if (!user) {
    return;
  }
  const data: EmailData = {
    token: issued.otp,
    token_hash: issued.hash,
    redirect_to: redirectTo,
    email_action_type: action,
    site_url: deps.config.siteUrl,
    token_new: other?.otp ?? "",
    token_hash_new: other?.hash ?? "",
  };
  const to = action === "email_change" ? (user.email_change ?? "") : (user.email ?? "");
  const link = actionLink(deps.config, issued.hash, action, redirectTo);
  await deps.mailer.send(userJson(user, await loadIdentities(tx, userId)), to, data, link);
}

/** The link GoTrue puts in emails and returns from generate_link. */
export function actionLink(
  config: Pick<AuthConfig, "externalUrl">,
  hash: string,
  type: string,
  redirectTo: string,
): string {
  const query = new URLSearchParams({ token: hash, type, redirect_to: redirectTo });
  return `${config.externalUrl}/verify?${query.toString()}`;
}
