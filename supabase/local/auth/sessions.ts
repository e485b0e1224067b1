// Sessions and refresh tokens in auth.sessions / auth.refresh_tokens: issuing, rotating with
// GoTrue's reuse interval and family revocation, and ending them (GT `token.go`, `models/sessions.go`).

import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import type postgres from "postgres";
import { transaction } from "../transaction";
import { audit } from "./audit";
import type { AuthConfig } from "./config";
import { randomToken } from "./crypto";
import { AuthError, badRequest } from "./errors";
import { loadFactors } from "./factors";
import { type AmrEntry, signAccessToken } from "./tokens";
import { userJson } from "./user-json";
import { type Db, loadIdentities, NIL_UUID, type UserRow } from "./users";

/** Where a request came from, stored on the session as GoTrue does. */
export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

/** auth.sessions.ip is `inet`: a forwarded-for value that is no address is stored as null. */
export function storableIp(ip: string): string | null {
  return isIP(ip) ? ip : null;
}

/** The session object auth-js expects: it needs access_token, refresh_token and expires_in. */
export interface SessionJson {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Record<string, unknown>;
}

type SessionConfig = Pick<
  AuthConfig,
  "jwtSecret" | "jwtExp" | "externalUrl" | "refreshTokenRotation" | "refreshTokenReuseInterval"
>;

interface RefreshTokenRow {
  id: string;
  token: string;
  user_id: string;
  revoked: boolean;
  updated_at: Date;
  parent: string | null;
  session_id: string | null;
}

/** Adds a refresh token to a session's family (`parent` is the token it replaces, if any). */
export async function insertRefreshToken(
  tx: Db,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = randomToken();
  await tx`
    insert into auth.refresh_tokens (
      instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id
    ) values (${NIL_UUID}, ${token}, ${userId}, false, now(), now(), ${parent}, ${sessionId})`;
  return token;
}

/**
 * The session JSON for a session's current state: its `amr` claims (most recent first, stamped
 * with their last use, as GoTrue's CalculateAALAndAMR orders them) decide the token's `aal`.
 */
export async function sessionJson(
  tx: Db,
  config: SessionConfig,
  userId: string,
  sessionId: string,
  refreshToken: string,
): Promise<SessionJson> {
  const [user] = await tx<UserRow[]>`select * from auth.users where id = ${userId}`;
  if (!user) {
    throw badRequest("refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
  }
  const amr = await tx<AmrEntry[]>`
    select authentication_method as method, floor(extract(epoch from updated_at))::int as timestamp
    from auth.mfa_amr_claims where session_id = ${sessionId}
    order by updated_at desc, authentication_method`;
  const { token, expiresAt } = await signAccessToken(config, user, sessionId, [...amr]);
  return {
    access_token: token,
    token_type: "bearer",
    expires_in: config.jwtExp,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: userJson(user, await loadIdentities(tx, userId), await loadFactors(tx, userId)),
  };
}

/**
 * Starts a session for a signed-in user: session row, its `amr` method, a first refresh token, and
 * `last_sign_in_at`, then the session JSON.
 * @example const session = await issueSession(tx, config, user, "password", client);
 */
export async function issueSession(
  tx: Db,
  config: SessionConfig,
  user: UserRow,
  method: string,
  client: ClientInfo,
): Promise<SessionJson> {
  const sessionId = randomUUID();
  await tx`
    insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
    values (${sessionId}, ${user.id}, now(), now(), 'aal1', ${client.userAgent ?? null},
      ${storableIp(client.ip)})`;
  await tx`
    insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
    values (${sessionId}, now(), now(), ${method}, ${randomUUID()})`;
  const refreshToken = await insertRefreshToken(tx, user.id, sessionId, null);
  await tx`update auth.users set last_sign_in_at = now(), updated_at = now() where id = ${user.id}`;
  return sessionJson(tx, config, user.id, sessionId, refreshToken);
}

const notFound = () =>
  badRequest("refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");

/**
 * The refresh_token grant. The token is rotated: its child is returned and it is revoked. Replaying
 * a revoked token inside the reuse interval is tolerated (a client that lost the answer): the
 * current child comes back. Outside it, the whole family is revoked. GoTrue keeps the session row
 * then; we end it too, so its access tokens also stop at GET /user (stricter, same client outcome).
 * @example const session = await refreshSession(sql, config, refreshToken, client);
 */
export async function refreshSession(
  sql: postgres.Sql,
  config: SessionConfig,
  tokenText: string,
  client: ClientInfo,
): Promise<SessionJson> {
  // The family revocation must commit even though the request fails: the transaction returns the
  // error instead of throwing it (GoTrue's storage.NewCommitWithError).
  const result = await transaction(sql, async (tx): Promise<SessionJson | AuthError> => {
    const [token] = await tx<RefreshTokenRow[]>`
      select id, token, user_id, revoked, updated_at, parent, session_id
      from auth.refresh_tokens where token = ${tokenText} for update`;
    if (!token?.session_id) {
      throw notFound();
    }
    const [session] = await tx<
      (Pick<UserRow, "id" | "email" | "raw_user_meta_data"> & {
        not_after: Date | null;
        banned: boolean;
      })[]
    >`
      select s.not_after, coalesce(u.banned_until > now(), false) as banned, u.id, u.email,
        u.raw_user_meta_data
      from auth.sessions s join auth.users u on u.id = s.user_id
      where s.id = ${token.session_id} for update of s`;
    if (!session) {
      throw notFound();
    }
    if (session.banned) {
      throw badRequest("user_banned", "Invalid Refresh Token: User Banned");
    }
    if (session.not_after && session.not_after.getTime() < Date.now()) {
      throw badRequest("session_expired", "Invalid Refresh Token: Session Expired");
    }
    let refreshToken: string;
    if (token.revoked) {
      const [active] = await tx<{ token: string; parent: string | null }[]>`
        select token, parent from auth.refresh_tokens
        where session_id = ${token.session_id} and revoked = false
        order by id desc limit 1`;
      const reuseUntil = token.updated_at.getTime() + config.refreshTokenReuseInterval * 1000;
      if (!active || Date.now() > reuseUntil) {
        if (config.refreshTokenRotation) {
          // Reuse outside the window means the token leaked: revoke the family by ending the
          // session (its refresh tokens cascade away).
          await tx`delete from auth.sessions where id = ${token.session_id}`;
        }
        return badRequest("refresh_token_already_used", "Invalid Refresh Token: Already Used");
      }
      // GoTrue forks a new child when the replayed token is not the active one's parent; handing
      // back the active token instead keeps one live token per family.
      refreshToken = active.token;
    } else if (config.refreshTokenRotation) {
      await tx`
        update auth.refresh_tokens set revoked = true, updated_at = now() where id = ${token.id}`;
      await audit(tx, session, "token_revoked", client.ip);
      refreshToken = await insertRefreshToken(tx, token.user_id, token.session_id, token.token);
    } else {
      refreshToken = token.token;
    }
    await audit(tx, session, "token_refreshed", client.ip);
    await tx`
      update auth.sessions
      set refreshed_at = now() at time zone 'utc', updated_at = now(),
        user_agent = ${client.userAgent ?? null}, ip = ${storableIp(client.ip)}
      where id = ${token.session_id}`;
    return sessionJson(tx, config, token.user_id, token.session_id, refreshToken);
  });
  if (result instanceof AuthError) {
    throw result;
  }
  return result;
}

export type LogoutScope = "global" | "local" | "others";

/**
 * Ends sessions as POST /logout does: `local` this one, `others` all but this one, `global` all.
 * Refresh tokens go with their session (ON DELETE CASCADE).
 */
export async function endSessions(
  db: Db,
  userId: string,
  sessionId: string | undefined,
  scope: LogoutScope,
): Promise<void> {
  if (!sessionId) {
    // A token without session_id (minted elsewhere) cannot name one session: end them all, as
    // GoTrue's logout falls back to.
    await db`delete from auth.sessions where user_id = ${userId}`;
  } else if (scope === "local") {
    await db`delete from auth.sessions where id = ${sessionId}`;
  } else if (scope === "others") {
    await db`delete from auth.sessions where user_id = ${userId} and id <> ${sessionId}`;
  } else if (scope === "global") {
    await db`delete from auth.sessions where user_id = ${userId}`;
    await db`delete from auth.refresh_tokens where user_id = ${userId}`;
  }
}
