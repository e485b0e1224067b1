// auth.users and auth.identities, read and written with the statements GoTrue runs, in its order,
// so triggers on those tables see what they would see on hosted Supabase (GT `signupNewUser`).
import { randomUUID } from "node:crypto";
import type postgres from "postgres";

/** Any connection or transaction; each function is one or a few statements. */
export type Db = postgres.ISql;
type Json = Record<string, unknown>;

/** The auth.users columns Auth reads. */
export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  phone: string | null;
  phone_confirmed_at: Date | null;
  confirmation_token: string | null;
  confirmation_sent_at: Date | null;
  confirmed_at: Date | null;
  recovery_token: string | null;
  recovery_sent_at: Date | null;
  email_change_token_new: string | null;
  email_change: string | null;
  email_change_sent_at: Date | null;
  email_change_token_current: string | null;
  email_change_confirm_status: number | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Json | null;
  raw_user_meta_data: Json | null;
  created_at: Date;
  updated_at: Date;
  banned_until: Date | null;
  deleted_at: Date | null;
  is_anonymous: boolean;
}

export interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: Json;
  provider: string;
  last_sign_in_at: Date | null;
  created_at: Date | null;
  updated_at: Date | null;
  email: string | null;
}

/** GoTrue writes the nil UUID as instance_id everywhere (single-tenant). */
export const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/** @example const user = await findUserById(sql, claims.sub); */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db<UserRow[]>`select * from auth.users where id = ${id}`;
  return user;
}

/** GoTrue's FindUserByEmailAndAudience: case-insensitive, SSO users excluded. */
export async function findUserByEmail(
  db: Db,
  email: string,
  aud: string,
): Promise<UserRow | undefined> {
  const [user] = await db<UserRow[]>`
    select * from auth.users
    where lower(email) = ${email.toLowerCase()} and aud = ${aud} and is_sso_user = false
    limit 1`;
  return user;
}

/** A user's identities, oldest first, as GoTrue lists them. */
export function loadIdentities(db: Db, userId: string): Promise<IdentityRow[]> {
  return db<IdentityRow[]>`
    select * from auth.identities where user_id = ${userId} order by created_at, id`;
}

export interface NewUser {
  email: string;
  encryptedPassword: string;
  aud: string;
  role: string;
  userMetadata: Json;
  appMetadata?: Json;
  invitedAt?: Date;
}

/**
 * Creates a user as GoTrue does, in the caller's transaction: INSERT with an empty role and the
 * sign-up `data` as raw_user_meta_data (what an AFTER INSERT trigger sees), UPDATE the role, INSERT
 * the email identity, then merge the identity claims into user_metadata.
 * @example const user = await insertUser(tx, { email, encryptedPassword, aud, role, userMetadata });
 */
export async function insertUser(tx: Db, input: NewUser): Promise<UserRow> {
  const id = randomUUID();
  const email = input.email.toLowerCase();
  const appMetadata = { provider: "email", providers: ["email"], ...(input.appMetadata ?? {}) };
  await tx`
    insert into auth.users (
      instance_id, id, aud, role, email, encrypted_password, invited_at,
      raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at,
      is_sso_user, is_anonymous, confirmation_token, recovery_token, email_change_token_new,
      email_change
    ) values (
      ${NIL_UUID}, ${id}, ${input.aud}, '', ${email}, ${input.encryptedPassword},
      ${input.invitedAt ?? null}, ${tx.json(appMetadata as postgres.JSONValue)},
      ${tx.json(input.userMetadata as postgres.JSONValue)}, null, now(), now(), false, false,
      '', '', '', ''
    )`;
  await tx`update auth.users set role = ${input.role}, updated_at = now() where id = ${id}`;
  const identityData = { sub: id, email, email_verified: false, phone_verified: false };
  await tx`
    insert into auth.identities (
      provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at
    ) values (${id}, ${id}, ${tx.json(identityData)}, 'email', now(), now(), now())`;
  const [user] = await tx<UserRow[]>`
    update auth.users
    set raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || ${tx.json(identityData)}
    where id = ${id}
    returning *`;
  if (!user) {
    throw new Error("auth: user vanished while being created");
  }
  return user;
}

/**
 * GoTrue's UpdateUserMetaData: top-level keys merge, a `null` value removes its key.
 * @example await mergeUserMetadata(tx, id, { full_name: "Ada" })
 */
export async function mergeMetadata(
  tx: Db,
  id: string,
  column: "raw_user_meta_data" | "raw_app_meta_data",
  patch: Json,
): Promise<void> {
  const removed = Object.keys(patch).filter((key) => patch[key] === null);
  const kept = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== null));
  await tx`
    update auth.users
    set ${tx(column)} = (coalesce(${tx(column)}, '{}'::jsonb) || ${tx.json(kept as postgres.JSONValue)})
        - ${removed}::text[],
      updated_at = now()
    where id = ${id}`;
}

/** user.Confirm: stamps email_confirmed_at, burns the confirmation token and every one-time token. */
export async function confirmEmail(tx: Db, id: string): Promise<void> {
  await tx`
    update auth.users
    set email_confirmed_at = coalesce(email_confirmed_at, now()), confirmation_token = '',
      updated_at = now()
    where id = ${id}`;
  await mergeMetadata(tx, id, "raw_user_meta_data", { email_verified: true });
  await tx`delete from auth.one_time_tokens where user_id = ${id}`;
}

/**
 * user.UpdatePassword: stores the hash, burns every one-time token, and signs the user out
 * everywhere except `keepSessionId` (the session that made the change), so a stolen session or
 * refresh token does not outlive a password change.
 */
export async function setPassword(
  tx: Db,
  id: string,
  encryptedPassword: string,
  keepSessionId: string | undefined,
): Promise<void> {
  await tx`
    update auth.users set encrypted_password = ${encryptedPassword}, updated_at = now()
    where id = ${id}`;
  await tx`delete from auth.one_time_tokens where user_id = ${id}`;
  await tx`delete from auth.sessions where user_id = ${id} and id <> ${keepSessionId ?? NIL_UUID}`;
}
