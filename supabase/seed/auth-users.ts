// Creates Supabase Auth users directly in SQL, with the same writes GoTrue makes on sign-up
// (SUPABASE-CONTRACT.md §4): insert with an empty role, then set it, then the email identity.
// The sign-up trigger on auth.users fires exactly as it does for a real sign-up.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type postgres from "postgres";

type Sql = postgres.Sql;
type Json = postgres.JSONValue;

export interface NewAuthUser {
  email: string;
  password: string;
  /** raw_user_meta_data: what the portal's sign-up form sends as `data`. */
  userMetadata?: Record<string, Json>;
  /** Extra raw_app_meta_data (e.g. `atrium_role`), which only the service role may set. */
  appMetadata?: Record<string, Json>;
  /** Email confirmed at creation (default true). */
  confirmed?: boolean;
}

/** GoTrue's Go bcrypt writes `$2a$`; bcryptjs writes `$2b$`. Same algorithm, same hash. */
export function hashPassword(password: string, cost = 10): string {
  return bcrypt.hashSync(password, cost).replace(/^\$2b\$/, "$2a$");
}

/**
 * Inserts one confirmed (or pending) email user and returns its id. `sql` must be allowed to
 * act as supabase_auth_admin (the bootstrap lets `postgres` SET that role).
 * @example const id = await createAuthUser(sql, { email: "ada@atrium.test", password: "…" });
 */
export async function createAuthUser(sql: Sql, user: NewAuthUser): Promise<string> {
  const id = randomUUID();
  const email = user.email.toLowerCase();
  const appMetadata = { provider: "email", providers: ["email"], ...user.appMetadata };
  const userMetadata = user.userMetadata ?? {};
  const confirmedAt = user.confirmed === false ? null : new Date().toISOString();
  await sql.begin(async (tx) => {
    await tx`set local role supabase_auth_admin`;
    await tx`
      insert into auth.users (
        instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
        raw_app_meta_data, raw_user_meta_data, created_at, updated_at, is_sso_user, is_anonymous
      ) values (
        '00000000-0000-0000-0000-000000000000', ${id}, 'authenticated', '', ${email},
        ${hashPassword(user.password)}, ${confirmedAt}, ${tx.json(appMetadata)},
        ${tx.json(userMetadata)}, now(), now(), false, false
      )`;
    await tx`update auth.users set role = 'authenticated' where id = ${id}`;
    await tx`
      insert into auth.identities (
        provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at
      ) values (
        ${id}, ${id},
        ${tx.json({ sub: id, email, email_verified: confirmedAt !== null, phone_verified: false })},
        'email', now(), now(), now()
      )`;
  });
  return id;
}

/** Marks a user's email as confirmed, as GoTrue's verify does. */
export async function confirmAuthUser(sql: Sql, id: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`set local role supabase_auth_admin`;
    await tx`update auth.users set email_confirmed_at = now(), updated_at = now() where id = ${id}`;
  });
}

/**
 * Gives a user a verified TOTP factor with a known secret, as a finished enrollment leaves it
 * (GoTrue's `mfa_factors` row with `status = 'verified'`).
 * @example await addVerifiedTotpFactor(sql, id, "ATRIUMDEMOADMIN2ATRIUMDEMOADMIN2", "Demo authenticator");
 */
export async function addVerifiedTotpFactor(
  sql: Sql,
  userId: string,
  secret: string,
  friendlyName: string,
): Promise<string> {
  const id = randomUUID();
  await sql.begin(async (tx) => {
    await tx`set local role supabase_auth_admin`;
    await tx`
      insert into auth.mfa_factors (
        id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret
      ) values (${id}, ${userId}, ${friendlyName}, 'totp', 'verified', now(), now(), ${secret})`;
  });
  return id;
}
