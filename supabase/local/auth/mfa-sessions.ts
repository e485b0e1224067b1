// What a verified second factor does to the session (GT `updateMFASessionAndClaims`): the `totp`
// method joins its amr claims, its refresh token rotates, and it becomes aal2 for good.
import { randomUUID } from "node:crypto";
import type { AuthConfig } from "./config";
import { insertRefreshToken, type SessionJson, sessionJson } from "./sessions";
import type { Db } from "./users";

type SessionConfig = Pick<
  AuthConfig,
  "jwtSecret" | "jwtExp" | "externalUrl" | "refreshTokenRotation" | "refreshTokenReuseInterval"
>;

/**
 * Upgrades `sessionId` after `factorId` was verified, in the caller's transaction, and returns the
 * new session JSON (new access and refresh token). As GoTrue does, the user's other sessions still
 * below aal2 are ended, and the user's other unverified TOTP factors are dropped.
 * @example const session = await upgradeSessionToAal2(tx, config, user.id, sessionId, factor.id);
 */
export async function upgradeSessionToAal2(
  tx: Db,
  config: SessionConfig,
  userId: string,
  sessionId: string,
  factorId: string,
): Promise<SessionJson> {
  // AddClaimToSession: a repeated method only refreshes its timestamp.
  await tx`
    insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
    values (${sessionId}, now(), now(), 'totp', ${randomUUID()})
    on conflict (session_id, authentication_method) do update set updated_at = now()`;
  // GrantRefreshTokenSwap: the session's live token is revoked and replaced by a child, so a
  // refresh token captured before the second factor cannot mint tokens after it.
  const [active] = await tx<{ id: string; token: string }[]>`
    select id, token from auth.refresh_tokens
    where session_id = ${sessionId} and revoked = false
    order by id desc limit 1`;
  if (active) {
    await tx`
      update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${active.id}`;
  }
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, active?.token ?? null);
  await tx`
    update auth.sessions set aal = 'aal2', factor_id = ${factorId}, updated_at = now()
    where id = ${sessionId}`;
  await tx`delete from auth.sessions where user_id = ${userId} and aal < 'aal2'`;
  await tx`
    delete from auth.mfa_factors
    where user_id = ${userId} and status = 'unverified' and factor_type = 'totp'`;
  return sessionJson(tx, config, userId, sessionId, refreshToken);
}
