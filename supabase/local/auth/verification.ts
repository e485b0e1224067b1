// Consuming one-time tokens: find the user a token_hash (or email + 6-digit code) belongs to, check
// expiry, burn the token and apply its effect (GT `verify.go` verifyTokenHash / verifyUserAndToken).
import type { VerifyType } from "../../../db/email/auth-actions";
import type { AuthConfig } from "./config";
import { PKCE_PREFIX, tokenHash } from "./crypto";
import { forbidden } from "./errors";
import { confirmEmail, type Db, mergeMetadata, type UserRow } from "./users";

export type { VerifyType };

/** Which stored token a match came from; decides what verifying does. */
type Matched = "confirmation" | "recovery" | "email_change_new" | "email_change_current";

export type VerifyOutcome =
  | { kind: "signed_in"; user: UserRow }
  /** Secure email change: one of the two addresses confirmed, the other still has to. */
  | { kind: "half_confirmed" };

const columnsFor: Record<VerifyType, Matched[]> = {
  signup: ["confirmation"],
  invite: ["confirmation"],
  magiclink: ["recovery"],
  recovery: ["recovery"],
  email: ["confirmation", "recovery"],
  email_change: ["email_change_new", "email_change_current"],
};

function storedToken(user: UserRow, matched: Matched): string | null {
  switch (matched) {
    case "confirmation":
      return user.confirmation_token;
    case "recovery":
      return user.recovery_token;
    case "email_change_new":
      return user.email_change_token_new;
    case "email_change_current":
      return user.email_change_token_current;
  }
}

function sentAt(user: UserRow, matched: Matched): Date | null {
  if (matched === "confirmation") {
    return user.confirmation_sent_at;
  }
  return matched === "recovery" ? user.recovery_sent_at : user.email_change_sent_at;
}

const expired = () => forbidden("otp_expired", "Token has expired or is invalid");

/** Finds the user holding `hash` in one of the columns `type` allows, locked for update. */
async function findByHash(
  tx: Db,
  type: VerifyType,
  hash: string,
): Promise<{ user: UserRow; matched: Matched } | undefined> {
  const [user] = await tx<UserRow[]>`
    select * from auth.users
    where confirmation_token = ${hash} or recovery_token = ${hash}
      or email_change_token_new = ${hash} or email_change_token_current = ${hash}
    limit 1 for update`;
  const matched = user && columnsFor[type].find((column) => storedToken(user, column) === hash);
  return user && matched ? { user, matched } : undefined;
}

/** Finds the user of `email` whose stored hash is hex(sha224(address + otp)), PKCE or not. */
async function findByOtp(
  tx: Db,
  type: VerifyType,
  email: string,
  otp: string,
): Promise<{ user: UserRow; matched: Matched } | undefined> {
  const address = email.trim().toLowerCase();
  const hash = tokenHash(address, otp);
  const users = await tx<UserRow[]>`
    select * from auth.users
    where lower(email) = ${address} or lower(email_change) = ${address}
    for update`;
  for (const user of users) {
    const matched = columnsFor[type].find((column) => {
      const stored = storedToken(user, column);
      return stored === hash || stored === PKCE_PREFIX + hash;
    });
    if (matched) {
      return { user, matched };
    }
  }
  return undefined;
}

/**
 * Verifies a token and applies it: confirms the email, signs in by magic link or recovery, or
 * moves an email change forward. Invalid, used or expired tokens are 403 `otp_expired`.
 * @example const outcome = await verifyToken(tx, config, { type: "signup", tokenHash });
 */
export async function verifyToken(
  tx: Db,
  config: Pick<AuthConfig, "otpExp" | "secureEmailChange">,
  input: { type: VerifyType; tokenHash?: string; email?: string; otp?: string },
): Promise<VerifyOutcome> {
  const found = input.tokenHash
    ? await findByHash(tx, input.type, input.tokenHash)
    : input.email && input.otp
      ? await findByOtp(tx, input.type, input.email, input.otp)
      : undefined;
  if (!found) {
    throw expired();
  }
  const { user, matched } = found;
  const sent = sentAt(user, matched);
  if (!sent || sent.getTime() + config.otpExp * 1000 < Date.now()) {
    throw expired();
  }
  if (user.banned_until && user.banned_until.getTime() > Date.now()) {
    throw forbidden("user_banned", "User is banned");
  }
  if (matched === "confirmation") {
    await confirmEmail(tx, user.id);
  } else if (matched === "recovery") {
    await tx`update auth.users set recovery_token = '', updated_at = now() where id = ${user.id}`;
    await tx`delete from auth.one_time_tokens where user_id = ${user.id}`;
    if (!user.email_confirmed_at) {
      await confirmEmail(tx, user.id);
    }
  } else {
    const halfway =
      config.secureEmailChange && user.email && user.email_change_confirm_status === 0;
    if (halfway && user.email_change_token_current && user.email_change_token_new) {
      const column =
        matched === "email_change_new" ? "email_change_token_new" : "email_change_token_current";
      await tx`
        update auth.users set email_change_confirm_status = 1, ${tx(column)} = ''
        where id = ${user.id}`;
      await tx`
        delete from auth.one_time_tokens where user_id = ${user.id} and token_type = ${column}`;
      return { kind: "half_confirmed" };
    }
    await confirmEmailChange(tx, user);
  }
  const [updated] = await tx<UserRow[]>`select * from auth.users where id = ${user.id}`;
  return { kind: "signed_in", user: updated ?? user };
}

/** user.ConfirmEmailChange: the new address replaces the old one everywhere GoTrue keeps it. */
async function confirmEmailChange(tx: Db, user: UserRow): Promise<void> {
  const email = (user.email_change ?? "").toLowerCase();
  await tx`
    update auth.users
    set email = ${email}, email_change = '', email_change_token_current = '',
      email_change_token_new = '', email_change_confirm_status = 0,
      email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
    where id = ${user.id}`;
  await tx`delete from auth.one_time_tokens where user_id = ${user.id}`;
  await tx`
    update auth.identities
    set identity_data = identity_data || ${tx.json({ email })}, updated_at = now()
    where user_id = ${user.id} and provider = 'email'`;
  await mergeMetadata(tx, user.id, "raw_user_meta_data", { email });
}
