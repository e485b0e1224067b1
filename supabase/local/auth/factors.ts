// auth.mfa_factors and auth.mfa_challenges, read and written as GoTrue's models do (GT
// `models/factor.go`, `models/challenge.go`), and a factor on the wire without its secret.
import { randomUUID } from "node:crypto";
import type { Db } from "./users";

/** The auth.mfa_factors columns Auth reads; `secret` never leaves this service after enrollment. */
export interface FactorRow {
  id: string;
  user_id: string;
  friendly_name: string | null;
  factor_type: "totp" | "webauthn" | "phone";
  status: "unverified" | "verified";
  created_at: Date;
  updated_at: Date;
  secret: string | null;
  phone: string | null;
  last_challenged_at: Date | null;
}

export interface ChallengeRow {
  id: string;
  factor_id: string;
  created_at: Date;
  verified_at: Date | null;
  /** Whether the challenge was made from the address now verifying it (compared as `inet`). */
  same_ip: boolean;
}

/**
 * A factor as GoTrue marshals models.Factor: no secret, `friendly_name` omitted when empty.
 * @example factorJson(row) // { id, created_at, updated_at, status, factor_type, phone, … }
 */
export function factorJson(factor: FactorRow): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: factor.id,
    created_at: factor.created_at.toISOString(),
    updated_at: factor.updated_at.toISOString(),
    status: factor.status,
  };
  if (factor.friendly_name) {
    json.friendly_name = factor.friendly_name;
  }
  json.factor_type = factor.factor_type;
  json.phone = factor.phone;
  json.last_challenged_at = factor.last_challenged_at?.toISOString() ?? null;
  return json;
}

/** A user's factors, oldest first, as GoTrue's eager load lists them. */
export function loadFactors(db: Db, userId: string): Promise<FactorRow[]> {
  // Enum columns arrive as their text labels (postgres.js has no parser for them).
  return db<FactorRow[]>`
    select * from auth.mfa_factors where user_id = ${userId} order by created_at, id`;
}

/** The factors of several users at once, for the admin user list. */
export function loadFactorsOf(db: Db, userIds: string[]): Promise<FactorRow[]> {
  return db<FactorRow[]>`
    select * from auth.mfa_factors where user_id = any(${userIds}::uuid[]) order by created_at, id`;
}

/**
 * One factor owned by a user (GoTrue's FindOwnedFactorByID), optionally locked for the rest of
 * the caller's transaction so two verifications of one factor run one after the other.
 */
export async function findOwnedFactor(
  db: Db,
  userId: string,
  factorId: string,
  options: { lock?: boolean } = {},
): Promise<FactorRow | undefined> {
  const [factor] = options.lock
    ? await db<FactorRow[]>`
        select * from auth.mfa_factors where id = ${factorId} and user_id = ${userId} for update`
    : await db<FactorRow[]>`
        select * from auth.mfa_factors where id = ${factorId} and user_id = ${userId}`;
  return factor;
}

/** GoTrue's DeleteExpiredFactors: unverified factors never challenged and older than the expiry. */
export async function deleteExpiredFactors(db: Db, expirySeconds: number): Promise<void> {
  await db`
    delete from auth.mfa_factors f
    where f.status <> 'verified'
      and not exists (select 1 from auth.mfa_challenges c where c.factor_id = f.id)
      and f.created_at + make_interval(secs => ${expirySeconds}) < now()`;
}

/** Inserts an unverified TOTP factor holding its secret. */
export async function insertTotpFactor(
  db: Db,
  userId: string,
  friendlyName: string,
  secret: string,
): Promise<string> {
  const id = randomUUID();
  await db`
    insert into auth.mfa_factors (
      id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret
    ) values (${id}, ${userId}, ${friendlyName}, 'totp', 'unverified', now(), now(), ${secret})`;
  return id;
}

/** Records a challenge and stamps the factor's last_challenged_at (WriteChallengeToDatabase). */
export async function insertChallenge(
  db: Db,
  factorId: string,
  ip: string,
): Promise<{ id: string; createdAt: Date }> {
  const id = randomUUID();
  const [row] = await db<{ created_at: Date }[]>`
    insert into auth.mfa_challenges (id, factor_id, created_at, ip_address)
    values (${id}, ${factorId}, now(), ${ip}::inet)
    returning created_at`;
  await db`update auth.mfa_factors set last_challenged_at = now() where id = ${factorId}`;
  return { id, createdAt: row?.created_at ?? new Date() };
}

/** A challenge of this factor, with whether `ip` is the address that made it. */
export async function findChallenge(
  db: Db,
  factorId: string,
  challengeId: string,
  ip: string,
): Promise<ChallengeRow | undefined> {
  const [challenge] = await db<ChallengeRow[]>`
    select id, factor_id, created_at, verified_at, ip_address = ${ip}::inet as same_ip
    from auth.mfa_challenges where id = ${challengeId} and factor_id = ${factorId}`;
  return challenge;
}

/**
 * Removes a factor and takes its second factor away from the sessions it raised to aal2
 * (GoTrue's Destroy + DowngradeSessionsToAAL1): their `totp` claim goes, their level drops.
 * Access tokens already issued keep their `aal` claim until they expire, as on hosted.
 */
export async function deleteFactorAndDowngrade(db: Db, factor: FactorRow): Promise<void> {
  await db`delete from auth.mfa_factors where id = ${factor.id}`;
  await db`
    delete from auth.mfa_amr_claims
    where authentication_method = ${factor.factor_type}
      and session_id in (select id from auth.sessions where factor_id = ${factor.id})`;
  await db`
    update auth.sessions set aal = 'aal1', factor_id = null, updated_at = now()
    where user_id = ${factor.user_id} and factor_id = ${factor.id}`;
}
